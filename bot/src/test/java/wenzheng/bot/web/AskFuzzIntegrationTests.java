package wenzheng.bot.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.knowledge.HostileText;
import wenzheng.knowledge.SeededInputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile requests to {@code POST /api/ask} through the whole app: random and hostile
 * questions, Lucene query syntax, control characters and lone surrogates, malformed and
 * binary bodies, 100 KB messages. None gets a 5xx; every refusal is a problem document
 * with a Chinese message.
 */
@SpringBootTest(
		properties = { "wenzheng.rate-limit.per-client-per-minute=0", "wenzheng.rate-limit.per-session-per-minute=0" })
@AutoConfigureMockMvc
class AskFuzzIntegrationTests {

	private static final String SYNTAX_CHARS = "政府开放日多久四平市洮北区哪个部门*?~^\"():[]{}+-!&|/\\<>script ANDORNOT\u0000\u0007";

	private static final List<String> WRONG_TYPES = List.of("{\"question\":123}", "{\"question\":null}",
			"{\"question\":[\"a\"]}", "{\"question\":{\"a\":1}}", "[]", "null", "\"问题\"",
			"{\"question\":\"你好\",\"sessionId\":5}", "");

	private static final AtomicInteger answered = new AtomicInteger();

	private static final AtomicInteger refused = new AtomicInteger();

	@TempDir
	static Path dataDir;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private KnowledgeBase knowledgeBase;

	private final ObjectMapper json = new ObjectMapper();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void awaitKnowledge() throws Exception {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
	}

	@FuzzTest
	void noRequestGetsAServerError(FuzzedDataProvider data) throws Exception {
		byte[] body = body(data);
		MockHttpServletResponse response = this.mvc
			.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(new String(body, StandardCharsets.UTF_8)).isLessThan(500);
		if (response.getStatus() == 200) {
			assertThat(this.json.readTree(response.getContentAsByteArray()).path("type").asText()).isNotBlank();
			answered.incrementAndGet();
		}
		else {
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"detail\"");
			refused.incrementAndGet();
		}
	}

	@Test
	void noSeededRequestGetsAServerError() {
		long start = System.nanoTime();
		answered.set(0);
		refused.set(0);
		SeededInputs.replay(22, SeededInputs.COUNT, 700, this::noRequestGetsAServerError);
		System.out.printf("/api/ask fuzz: %d requests, %d answered, %d refused with 4xx, 0 server errors, %.1f s%n",
				answered.get() + refused.get(), answered.get(), refused.get(), (System.nanoTime() - start) / 1e9);
	}

	// In the proportions 6 well-formed, 2 malformed JSON, 1 binary, 1 wrong types.
	private byte[] body(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 9)) {
			case 0, 1, 2, 3, 4, 5 -> {
				String question = question(data);
				String session = session(data);
				yield jsonBody(question, session.isEmpty() ? null : session);
			}
			case 6, 7 -> HostileText.charsOf(data, "{}[]\":,questionsId0123 \\u", 60).getBytes(StandardCharsets.UTF_8);
			case 8 -> data.consumeBytes(512);
			default -> data.pickValue(WRONG_TYPES).getBytes(StandardCharsets.UTF_8);
		};
	}

	// In the proportions 4 any UTF-16, 3 query syntax and markup, 1 about the 2,000
	// limit,
	// 1 of 100 KB.
	private static String question(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 8)) {
			case 0, 1, 2, 3 -> HostileText.anyChars(data, 300);
			case 4, 5, 6 -> HostileText.charsOf(data, SYNTAX_CHARS, 100);
			case 7 -> HostileText.longOf(data, "长问题", 1990, 2100);
			default -> "x".repeat(100_000);
		};
	}

	// In the proportions 3 none, 3 letters and digits, 1 any UTF-16.
	private static String session(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 6)) {
			case 0, 1, 2 -> "";
			case 3, 4, 5 ->
				HostileText.charsOf(data, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20);
			default -> HostileText.anyChars(data, 150);
		};
	}

	private byte[] jsonBody(String question, String session) {
		try {
			var node = this.json.createObjectNode().put("question", question);
			if (session != null) {
				node.put("sessionId", session);
			}
			return this.json.writeValueAsBytes(node);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
