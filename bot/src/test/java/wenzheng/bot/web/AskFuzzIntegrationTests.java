package wenzheng.bot.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 10,000 generated requests to {@code POST /api/ask} through the whole app: random and
 * hostile questions, Lucene query syntax, control characters and lone surrogates,
 * malformed and binary bodies, 100 KB messages. None gets a 5xx; every refusal is a
 * problem document with a Chinese message.
 */
@SpringBootTest(
		properties = { "wenzheng.rate-limit.per-client-per-minute=0", "wenzheng.rate-limit.per-session-per-minute=0" })
@AutoConfigureMockMvc
class AskFuzzIntegrationTests {

	private static final int CASES = 10_000;

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

	@Test
	void noGeneratedRequestGetsAServerError() throws Exception {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		AtomicInteger answered = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		long start = System.nanoTime();
		for (byte[] body : bodies().sampleStream().limit(CASES).toList()) {
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
		System.out.printf("/api/ask fuzz: %d requests, %d answered, %d refused with 4xx, 0 server errors, %.1f s%n",
				CASES, answered.get(), refused.get(), (System.nanoTime() - start) / 1e9);
	}

	private Arbitrary<byte[]> bodies() {
		Arbitrary<String> questions = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.strings().all().ofMaxLength(300)),
				Tuple.of(3,
						Arbitraries.strings()
							.withChars("政府开放日多久四平市洮北区哪个部门*?~^\"():[]{}+-!&|/\\<>script ANDORNOT\u0000\u0007")
							.ofMaxLength(100)),
				Tuple.of(1, Arbitraries.strings().withChars("长问题").ofMinLength(1990).ofMaxLength(2100)),
				Tuple.of(1, Arbitraries.just("x".repeat(100_000))));
		Arbitrary<String> sessions = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("")),
				Tuple.of(3, Arbitraries.strings().alpha().numeric().ofMaxLength(20)),
				Tuple.of(1, Arbitraries.strings().all().ofMaxLength(150)));
		Arbitrary<byte[]> wellFormed = Arbitraries.lazy(() -> questions
			.flatMap(question -> sessions.map(session -> jsonBody(question, session.isEmpty() ? null : session))));
		Arbitrary<byte[]> malformed = Arbitraries.strings()
			.withChars("{}[]\":,questionsId0123 \\u")
			.ofMaxLength(60)
			.map(text -> text.getBytes(StandardCharsets.UTF_8));
		Arbitrary<byte[]> binary = Arbitraries.bytes().array(byte[].class).ofMaxSize(512);
		Arbitrary<byte[]> wrongTypes = Arbitraries
			.of("{\"question\":123}", "{\"question\":null}", "{\"question\":[\"a\"]}", "{\"question\":{\"a\":1}}", "[]",
					"null", "\"问题\"", "{\"question\":\"你好\",\"sessionId\":5}", "")
			.map(text -> text.getBytes(StandardCharsets.UTF_8));
		return Arbitraries.frequencyOf(Tuple.of(6, wellFormed), Tuple.of(2, malformed), Tuple.of(1, binary),
				Tuple.of(1, wrongTypes));
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
