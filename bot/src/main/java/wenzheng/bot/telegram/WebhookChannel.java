package wenzheng.bot.telegram;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Registers the webhook with its secret at start, retrying while the Bot API cannot be
 * reached. Updates then arrive at {@link TelegramWebhookController}. The webhook is left
 * in place at shutdown: other instances may still serve it.
 */
class WebhookChannel implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WebhookChannel.class);

	private static final Duration RETRY = Duration.ofSeconds(30);

	private final TelegramProperties properties;

	private final TelegramClient client;

	private volatile boolean running;

	private Thread registration;

	WebhookChannel(TelegramProperties properties, TelegramClient client) {
		this.properties = properties;
		this.client = client;
	}

	@Override
	public void start() {
		this.running = true;
		this.registration = Thread.ofVirtual().name("telegram-webhook").start(this::register);
	}

	private void register() {
		SetWebhook setWebhook = SetWebhook.builder()
			.url(this.properties.webhookUrl())
			.secretToken(this.properties.webhookSecret())
			.allowedUpdates(LongPollingChannel.ALLOWED_UPDATES)
			.build();
		while (this.running) {
			try {
				this.client.execute(setWebhook);
				log.info("Telegram webhook set to {}", this.properties.webhookUrl());
				return;
			}
			catch (TelegramApiException ex) {
				log.error("Telegram webhook could not be set ({}); retrying in {} s", ex.getMessage(),
						RETRY.toSeconds());
				try {
					Thread.sleep(RETRY);
				}
				catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

	private static String describe(Exception ex) {
		return ex.getCause() == null ? ex.getMessage() : ex.getMessage() + ": " + ex.getCause().getMessage();
	}

	@Override
	public void stop() {
		this.running = false;
		this.registration.interrupt();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
