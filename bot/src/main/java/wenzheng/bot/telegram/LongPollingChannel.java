package wenzheng.bot.telegram;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Receives updates by long polling (telegrambots' long polling session against the
 * configured Bot API address). When the Bot API cannot be reached at start, the app runs
 * on and registration is retried.
 */
class LongPollingChannel implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LongPollingChannel.class);

	static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");

	private static final Duration RETRY = Duration.ofSeconds(30);

	private static final int BATCH = 100;

	private final TelegramProperties properties;

	private final UpdateDispatcher dispatcher;

	private TelegramBotsLongPollingApplication application;

	private volatile boolean running;

	private Thread registration;

	LongPollingChannel(TelegramProperties properties, UpdateDispatcher dispatcher) {
		this.properties = properties;
		this.dispatcher = dispatcher;
	}

	@Override
	public void start() {
		long readTimeout = this.properties.pollTimeout().plusSeconds(15).toMillis();
		this.application = new TelegramBotsLongPollingApplication(
				() -> new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false),
				() -> new OkHttpClient.Builder().readTimeout(Duration.ofMillis(readTimeout)).build());
		this.running = true;
		this.registration = Thread.ofVirtual().name("telegram-registration").start(this::register);
	}

	private void register() {
		int timeout = (int) this.properties.pollTimeout().toSeconds();
		while (this.running) {
			try {
				this.application.registerBot(this.properties.token(), this.properties::telegramUrl,
						offset -> GetUpdates.builder()
							.offset(offset + 1)
							.limit(BATCH)
							.timeout(timeout)
							.allowedUpdates(ALLOWED_UPDATES)
							.build(),
						updates -> updates.forEach(this.dispatcher::submit));
				log.info("Telegram long polling started against {}", this.properties.apiUrl());
				return;
			}
			catch (TelegramApiException | RuntimeException ex) {
				log.error("Telegram long polling could not start ({}); retrying in {} s", ex.getMessage(),
						RETRY.toSeconds());
				unregisterQuietly();
				try {
					Thread.sleep(RETRY);
				}
				catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

	private void unregisterQuietly() {
		try {
			this.application.unregisterBot(this.properties.token());
		}
		catch (TelegramApiException ex) {
			// Not registered: nothing to undo.
		}
	}

	@Override
	public void stop() {
		this.running = false;
		this.registration.interrupt();
		try {
			this.application.close();
		}
		catch (Exception ex) {
			log.warn("Telegram long polling did not stop cleanly: {}", ex.getMessage());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
