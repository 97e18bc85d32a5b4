package wenzheng.bot.telegram;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * How updates arrive (long polling or webhook), registered with the Bot API at start.
 * When the Bot API cannot be reached, the app runs on and registration is retried.
 */
abstract class UpdateChannel implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(UpdateChannel.class);

	static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");

	private static final Duration RETRY = Duration.ofSeconds(30);

	private volatile boolean running;

	private Thread registration;

	/**
	 * Registers once; throws when the Bot API refuses or cannot be reached.
	 */
	abstract void register() throws TelegramApiException;

	/**
	 * Undoes what a failed registration left behind.
	 */
	void registrationFailed() {
	}

	@Override
	public void start() {
		this.running = true;
		this.registration = Thread.ofVirtual().name("telegram-registration").start(this::registerUntilDone);
	}

	private void registerUntilDone() {
		while (this.running) {
			try {
				register();
				return;
			}
			catch (TelegramApiException | RuntimeException ex) {
				String cause = ex.getCause() == null ? "" : ": " + ex.getCause().getMessage();
				log.error("Telegram registration failed ({}{}); retrying in {} s", ex.getMessage(), cause,
						RETRY.toSeconds());
				registrationFailed();
				try {
					Thread.sleep(RETRY);
				}
				catch (InterruptedException interrupted) {
					return;
				}
			}
		}
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
