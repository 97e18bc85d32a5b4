package wenzheng.bot.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Settings of the Telegram channel ({@code wenzheng.telegram.*}).
 *
 * @param token the bot token from BotFather; the channel is off without one
 * @param apiUrl the Bot API server, e.g. a self-hosted one; every call goes through it
 * @param webhookUrl the public HTTPS address of {@code /telegram/webhook}; long polling
 * when empty
 * @param webhookSecret the secret Telegram sends with every webhook update
 * @param pollTimeout how long one getUpdates call waits for updates
 * @param messagesPerSecond the overall sending limit
 * @param chatInterval the least time between two messages to one chat
 * @param maxAttempts how often a message is tried before it counts as failed
 * @param retryBackoff the wait after the first transient failure, doubled after each
 */
@ConfigurationProperties("wenzheng.telegram")
public record TelegramProperties(String token, @DefaultValue("https://api.telegram.org") URI apiUrl, String webhookUrl,
		String webhookSecret, @DefaultValue("50s") Duration pollTimeout, @DefaultValue("30") int messagesPerSecond,
		@DefaultValue("1s") Duration chatInterval, @DefaultValue("8") int maxAttempts,
		@DefaultValue("1s") Duration retryBackoff) {

	/** The longest back-off between two attempts. */
	static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

	boolean webhook() {
		return this.webhookUrl != null && !this.webhookUrl.isBlank();
	}

	/**
	 * The Bot API address as telegrambots takes it: scheme, host and port; a path is not
	 * supported by the library, so it is refused rather than ignored.
	 */
	TelegramUrl telegramUrl() {
		String scheme = this.apiUrl.getScheme();
		if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || this.apiUrl.getHost() == null) {
			throw new IllegalStateException("wenzheng.telegram.api-url must be an http(s) address: " + this.apiUrl);
		}
		String path = this.apiUrl.getPath();
		if (path != null && !path.isEmpty() && !path.equals("/")) {
			throw new IllegalStateException(
					"wenzheng.telegram.api-url must not have a path (the Bot API lives at its root): " + this.apiUrl);
		}
		int port = this.apiUrl.getPort() != -1 ? this.apiUrl.getPort() : scheme.equals("https") ? 443 : 80;
		return new TelegramUrl(scheme, this.apiUrl.getHost(), port, false);
	}

	Duration backoff(int attempts) {
		Duration wait = this.retryBackoff.multipliedBy(1L << Math.min(attempts - 1, 20));
		return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
	}

}
