package wenzheng.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Registers the webhook with its secret. Updates then arrive at
 * {@link TelegramWebhookController}. The webhook is left in place at shutdown: other
 * instances may still serve it.
 */
class WebhookChannel extends UpdateChannel {

	private static final Logger log = LoggerFactory.getLogger(WebhookChannel.class);

	private final TelegramProperties properties;

	private final TelegramClient client;

	WebhookChannel(TelegramProperties properties, TelegramClient client) {
		this.properties = properties;
		this.client = client;
	}

	@Override
	void register() throws TelegramApiException {
		this.client.execute(SetWebhook.builder()
			.url(this.properties.webhookUrl())
			.secretToken(this.properties.webhookSecret())
			.allowedUpdates(ALLOWED_UPDATES)
			.build());
		log.info("Telegram webhook set to {}", this.properties.webhookUrl());
	}

}
