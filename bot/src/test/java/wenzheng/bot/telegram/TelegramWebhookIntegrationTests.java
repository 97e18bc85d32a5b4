package wenzheng.bot.telegram;

import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Telegram channel in webhook mode: the webhook is registered with its secret, and
 * only updates carrying it are processed, each once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramWebhookIntegrationTests {

	private static final String SECRET = "s3cret_Token-1";

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	static Path dataDir;

	static FakeBotApi telegram;

	@Autowired
	private TestRestTemplate http;

	@BeforeAll
	static void startTelegram() throws Exception {
		telegram = new FakeBotApi();
	}

	@AfterAll
	static void stopTelegram() {
		telegram.close();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
		registry.add("wenzheng.telegram.token", () -> FakeBotApi.TOKEN);
		registry.add("wenzheng.telegram.api-url", () -> telegram.url());
		registry.add("wenzheng.telegram.webhook-url", () -> "https://bot.example.org/telegram/webhook");
		registry.add("wenzheng.telegram.webhook-secret", () -> SECRET);
		registry.add("wenzheng.telegram.chat-interval", () -> "50ms");
	}

	@Test
	void registersTheWebhookWithItsSecret() throws Exception {
		JsonNode setWebhook = awaitCall("setWebhook");
		assertThat(setWebhook.path("url").asText()).isEqualTo("https://bot.example.org/telegram/webhook");
		assertThat(setWebhook.path("secret_token").asText()).isEqualTo(SECRET);
		assertThat(telegram.calls("getUpdates")).isEmpty();
	}

	@Test
	void refusesUpdatesWithoutTheRightSecret() throws Exception {
		String update = update(5001, "/help");
		assertThat(post(update, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(post(update, "wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(post(update, SECRET + "x").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		Thread.sleep(500);
		assertThat(telegram.sentTo(5001)).isEmpty();
	}

	@Test
	void answersAnUpdateOnceAlsoWhenTelegramSendsItAgain() throws Exception {
		String update = update(5002, "/help");
		assertThat(post(update, SECRET).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(post(update, SECRET).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(post(update(5002, "/start"), SECRET).getStatusCode()).isEqualTo(HttpStatus.OK);
		telegram.awaitSent(sent -> sent.stream().filter(message -> message.chatId() == 5002).count() >= 2,
				Duration.ofSeconds(30));
		Thread.sleep(300);
		assertThat(telegram.sentTo(5002)).hasSize(2);
		assertThat(telegram.sentTo(5002).get(0).text()).startsWith("直接发送您的问题即可");
		assertThat(telegram.sentTo(5002).get(1).text()).contains("我是政策问答机器人");
	}

	@Test
	void malformedUpdatesAreRefused() {
		assertThat(post("{not json", SECRET).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(post("{}", SECRET).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(post("", SECRET).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private static long nextUpdate = 900_000;

	private static String update(long chatId, String text) {
		ObjectNode message = telegram.baseMessage(chatId, "private");
		message.put("text", text);
		ObjectNode update = JSON.createObjectNode().put("update_id", nextUpdate++);
		update.set("message", message);
		return update.toString();
	}

	private org.springframework.http.ResponseEntity<String> post(String body, String secret) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (secret != null) {
			headers.set(TelegramWebhookController.SECRET_HEADER, secret);
		}
		return this.http.postForEntity(TelegramWebhookController.PATH, new HttpEntity<>(body, headers), String.class);
	}

	private static JsonNode awaitCall(String method) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			if (!telegram.calls(method).isEmpty()) {
				return telegram.calls(method).get(0);
			}
			Thread.sleep(20);
		}
		throw new AssertionError("No " + method + " call");
	}

}
