package wenzheng.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives webhook updates. Only requests carrying the configured secret are processed;
 * the update is handled before the answer, so Telegram retries it if handling fails. In
 * long polling mode there is no webhook, and the path answers 404.
 */
@RestController
@ConditionalOnProperty(prefix = "wenzheng.telegram", name = "token")
class TelegramWebhookController {

	static final String PATH = "/telegram/webhook";

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	private final boolean enabled;

	private final byte[] secret;

	private final ObjectMapper json;

	private final UpdateDispatcher dispatcher;

	TelegramWebhookController(TelegramProperties properties, UpdateDispatcher dispatcher) {
		this.enabled = properties.webhook();
		this.secret = this.enabled ? properties.webhookSecret().getBytes(StandardCharsets.UTF_8) : new byte[0];
		this.json = TelegramConfiguration.TELEGRAM_JSON;
		this.dispatcher = dispatcher;
	}

	@PostMapping(PATH)
	ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
			@RequestBody(required = false) String body) {
		if (!this.enabled) {
			return ResponseEntity.notFound().build();
		}
		if (secret == null || !MessageDigest.isEqual(this.secret, secret.getBytes(StandardCharsets.UTF_8))) {
			return ResponseEntity.status(401).build();
		}
		Update update;
		try {
			update = body == null ? null : this.json.readValue(body, Update.class);
		}
		catch (JsonProcessingException ex) {
			update = null;
		}
		if (update == null || update.getUpdateId() == null) {
			return ResponseEntity.badRequest().build();
		}
		this.dispatcher.process(update);
		return ResponseEntity.ok().build();
	}

}
