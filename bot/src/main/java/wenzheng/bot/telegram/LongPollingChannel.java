package wenzheng.bot.telegram;

import java.time.Duration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Receives updates by long polling (telegrambots' long polling session against the
 * configured Bot API address).
 */
class LongPollingChannel extends UpdateChannel {

	private static final Logger log = LoggerFactory.getLogger(LongPollingChannel.class);

	private static final int BATCH = 100;

	private final TelegramProperties properties;

	private final UpdateDispatcher dispatcher;

	private TelegramBotsLongPollingApplication application;

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
		super.start();
	}

	@Override
	void register() throws TelegramApiException {
		int timeout = (int) this.properties.pollTimeout().toSeconds();
		this.application.registerBot(this.properties.token(), this.properties::telegramUrl,
				offset -> GetUpdates.builder()
					.offset(offset + 1)
					.limit(BATCH)
					.timeout(timeout)
					.allowedUpdates(ALLOWED_UPDATES)
					.build(),
				this.dispatcher::handleAll);
		log.info("Telegram long polling started against {}", this.properties.apiUrl());
	}

	@Override
	void registrationFailed() {
		try {
			this.application.unregisterBot(this.properties.token());
		}
		catch (TelegramApiException ex) {
			// Not registered: nothing to undo.
		}
	}

	@Override
	public void stop() {
		super.stop();
		try {
			this.application.close();
		}
		catch (Exception ex) {
			log.warn("Telegram long polling did not stop cleanly: {}", ex.getMessage());
		}
	}

}
