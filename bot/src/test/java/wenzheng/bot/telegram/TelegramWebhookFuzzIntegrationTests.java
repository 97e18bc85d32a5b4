package wenzheng.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 10,000 generated Telegram updates through the webhook and the update handler: any text,
 * commands, button data, chat kinds, missing and wrongly typed fields, malformed JSON.
 * None gets a 5xx or breaks the handler.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class TelegramWebhookFuzzIntegrationTests {

	private static final String SECRET = "fuzz_Secret-1";

	private static final int CASES = 10_000;

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	static Path dataDir;

	static FakeBotApi telegram;

	@Autowired
	private MockMvc mvc;

	private final AtomicLong updateIds = new AtomicLong(7_000_000);

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
		registry.add("wenzheng.telegram.messages-per-second", () -> "1000");
		registry.add("wenzheng.telegram.chat-interval", () -> "1ms");
		registry.add("wenzheng.rate-limit.per-chat-per-minute", () -> "0");
	}

	@Test
	void noGeneratedUpdateGetsAServerError(CapturedOutput output) throws Exception {
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		for (String body : bodies().sampleStream().limit(CASES).toList()) {
			int status = this.mvc
				.perform(post("/telegram/webhook").header("X-Telegram-Bot-Api-Secret-Token", SECRET)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body.getBytes(StandardCharsets.UTF_8)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(body).isLessThan(500);
			(status == 200 ? accepted : refused).incrementAndGet();
		}
		assertThat(output.getOut()).as("no update the handler failed on").doesNotContain("could not be handled");
		System.out.printf("Telegram webhook fuzz: %d updates, %d handled, %d refused with 4xx, 0 server errors%n",
				CASES, accepted.get(), refused.get());
	}

	private Arbitrary<String> bodies() {
		Arbitrary<String> texts = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.strings().all().ofMaxLength(200)),
				Tuple.of(2,
						Arbitraries.of("/start", "/help", "/human", "/unknown", "转人工", "/", "/start@other_bot", "")),
				Tuple.of(2,
						Arbitraries.strings()
							.withChars("政府开放日多久四平市<b>&</b>\u0000\uD800*_[]()~`>#+-=|{}.!")
							.ofMaxLength(80)),
				Tuple.of(1, Arbitraries.strings().withChars("长").ofMinLength(1990).ofMaxLength(5000)));
		Arbitrary<String> chatTypes = Arbitraries.of("private", "group", "supergroup", "channel", "", "未知");
		Arbitrary<Long> chats = Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000L);
		Arbitrary<String> messages = Arbitraries.lazy(() -> chats.flatMap(chat -> chatTypes
			.flatMap(type -> texts.map(text -> withUpdateId("message", message(chat, type).put("text", text))))));
		Arbitrary<String> buttons = chats
			.flatMap(
					chat -> Arbitraries
						.frequencyOf(Tuple.of(2, Arbitraries.strings().all().ofMaxLength(64)),
								Tuple.of(2,
										Arbitraries.of("fb:1:up", "fb:999999:down", "human", "opt:0", "opt:99",
												"rate:RX-1:yes", "fb:x:y", "rate::", "::::")))
						.map(data -> {
							ObjectNode query = JSON.createObjectNode()
								.put("id", "cb")
								.put("chat_instance", "ci")
								.put("data", data);
							query.putObject("from").put("id", chat).put("is_bot", false).put("first_name", "市民");
							query.set("message", message(chat, "private"));
							return withUpdateId("callback_query", query);
						}));
		Arbitrary<String> others = Arbitraries.of("{\"update_id\":1}", "{\"update_id\":\"x\"}",
				"{\"update_id\":2,\"message\":{}}", "{\"update_id\":3,\"message\":{\"chat\":null}}",
				"{\"update_id\":4,\"edited_message\":{\"message_id\":1}}",
				"{\"update_id\":5,\"message\":{\"message_id\":1,\"chat\":{\"id\":1,\"type\":\"private\"},\"sticker\":{}}}",
				"[]", "null", "{", "\"\"", "{\"message\":{\"text\":5}}");
		Arbitrary<String> malformed = Arbitraries.strings()
			.withChars("{}[]\":,update_idmessagetext 0123\\")
			.ofMaxLength(60);
		return Arbitraries.frequencyOf(Tuple.of(6, messages), Tuple.of(2, buttons), Tuple.of(1, others),
				Tuple.of(1, malformed));
	}

	private ObjectNode message(long chat, String type) {
		ObjectNode message = JSON.createObjectNode().put("message_id", 1).put("date", 1_700_000_000);
		message.putObject("chat").put("id", chat).put("type", type);
		message.putObject("from").put("id", chat).put("is_bot", false).put("first_name", "市民");
		return message;
	}

	private String withUpdateId(String kind, ObjectNode payload) {
		ObjectNode update = JSON.createObjectNode().put("update_id", this.updateIds.getAndIncrement());
		update.set(kind, payload);
		return update.toString();
	}

}
