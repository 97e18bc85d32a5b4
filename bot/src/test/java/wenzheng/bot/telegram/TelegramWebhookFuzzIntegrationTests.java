package wenzheng.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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

import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.knowledge.HostileText;
import wenzheng.knowledge.SeededInputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile Telegram updates through the webhook and the update handler: any text,
 * commands, button data, chat kinds, missing and wrongly typed fields, malformed JSON.
 * None gets a 5xx or breaks the handler.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class TelegramWebhookFuzzIntegrationTests {

	private static final String SECRET = "fuzz_Secret-1";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<String> COMMANDS = List.of("/start", "/help", "/human", "/unknown", "转人工", "/",
			"/start@other_bot", "");

	private static final List<String> CHAT_TYPES = List.of("private", "group", "supergroup", "channel", "", "未知");

	private static final List<String> BUTTONS = List.of("fb:1:up", "fb:999999:down", "human", "opt:0", "opt:99",
			"rate:RX-1:yes", "fb:x:y", "rate::", "::::");

	private static final List<String> OTHERS = List.of("{\"update_id\":1}", "{\"update_id\":\"x\"}",
			"{\"update_id\":2,\"message\":{}}", "{\"update_id\":3,\"message\":{\"chat\":null}}",
			"{\"update_id\":4,\"edited_message\":{\"message_id\":1}}",
			"{\"update_id\":5,\"message\":{\"message_id\":1,\"chat\":{\"id\":1,\"type\":\"private\"},\"sticker\":{}}}",
			"[]", "null", "{", "\"\"", "{\"message\":{\"text\":5}}");

	private static final AtomicLong updateIds = new AtomicLong(7_000_000);

	private static final AtomicInteger accepted = new AtomicInteger();

	private static final AtomicInteger refused = new AtomicInteger();

	@TempDir
	static Path dataDir;

	static FakeBotApi telegram;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private KnowledgeBase knowledgeBase;

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

	// An update that arrives while the knowledge base loads fails in the handler
	// (KnowledgeBaseNotReady), whatever its content: wait, so that only failures caused
	// by
	// the input count.
	@BeforeEach
	void awaitKnowledge() throws Exception {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
	}

	@AfterEach
	void handlerNeverFailed(CapturedOutput output) {
		assertThat(output.getOut()).as("no update the handler failed on").doesNotContain("could not be handled");
	}

	@FuzzTest
	void noUpdateGetsAServerError(FuzzedDataProvider data) throws Exception {
		String body = body(data);
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

	@Test
	void noSeededUpdateGetsAServerError() {
		accepted.set(0);
		refused.set(0);
		SeededInputs.replay(22, SeededInputs.COUNT, 600, this::noUpdateGetsAServerError);
		System.out.printf("Telegram webhook fuzz: %d updates, %d handled, %d refused with 4xx, 0 server errors%n",
				accepted.get() + refused.get(), accepted.get(), refused.get());
	}

	// In the proportions 6 messages, 2 button presses, 1 odd updates, 1 malformed JSON.
	private static String body(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 9)) {
			case 0, 1, 2, 3, 4, 5 -> {
				long chat = data.consumeLong(-1_000_000_000_000L, 1_000_000_000L);
				String type = data.pickValue(CHAT_TYPES);
				yield withUpdateId("message", message(chat, type).put("text", text(data)));
			}
			case 6, 7 -> {
				long chat = data.consumeLong(-1_000_000_000_000L, 1_000_000_000L);
				String button = data.consumeBoolean() ? HostileText.anyChars(data, 64) : data.pickValue(BUTTONS);
				ObjectNode query = JSON.createObjectNode()
					.put("id", "cb")
					.put("chat_instance", "ci")
					.put("data", button);
				query.putObject("from").put("id", chat).put("is_bot", false).put("first_name", "市民");
				query.set("message", message(chat, "private"));
				yield withUpdateId("callback_query", query);
			}
			case 8 -> data.pickValue(OTHERS);
			default -> HostileText.charsOf(data, "{}[]\":,update_idmessagetext 0123\\", 60);
		};
	}

	// In the proportions 4 any UTF-16, 2 commands, 2 markup and Markdown marks, 1 long.
	private static String text(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 8)) {
			case 0, 1, 2, 3 -> HostileText.anyChars(data, 200);
			case 4, 5 -> data.pickValue(COMMANDS);
			case 6, 7 -> HostileText.charsOf(data, "政府开放日多久四平市<b>&</b>\u0000\uD800*_[]()~`>#+-=|{}.!", 80);
			default -> HostileText.longOf(data, "长", 1990, 5000);
		};
	}

	private static ObjectNode message(long chat, String type) {
		ObjectNode message = JSON.createObjectNode().put("message_id", 1).put("date", 1_700_000_000);
		message.putObject("chat").put("id", chat).put("type", type);
		message.putObject("from").put("id", chat).put("is_bot", false).put("first_name", "市民");
		return message;
	}

	private static String withUpdateId(String kind, ObjectNode payload) {
		ObjectNode update = JSON.createObjectNode().put("update_id", updateIds.getAndIncrement());
		update.set(kind, payload);
		return update.toString();
	}

}
