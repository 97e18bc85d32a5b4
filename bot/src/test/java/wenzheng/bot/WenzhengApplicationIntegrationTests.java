package wenzheng.bot;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.bot.web.WebChatClient;
import wenzheng.knowledge.faq.FaqEntry;
import wenzheng.knowledge.faq.FaqRepository;
import wenzheng.knowledge.faq.FaqStatus;
import wenzheng.knowledge.synonym.SynonymRepository;
import wenzheng.knowledge.synonym.SynonymRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app on a random port with the bundled sample corpus in a fresh data folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WenzhengApplicationIntegrationTests {

	private static final String ADMIN_PASSWORD = "Wenzheng-Test-2026";

	@TempDir
	static Path dataDir;

	@Autowired
	private TestRestTemplate http;

	private WebChatClient chat;

	@BeforeEach
	void startChat() {
		this.chat = new WebChatClient(this.http);
	}

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private FaqRepository faq;

	@Autowired
	private SynonymRepository synonyms;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
		registry.add("wenzheng.admin.password", () -> ADMIN_PASSWORD);
	}

	@Test
	void servesTheChatAnswersEscalatesAndRepliesOnceTheIndexIsReady() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		assertThat(this.http.getForEntity("/actuator/health", Map.class).getBody()).containsEntry("status", "UP");
		assertThat(this.http.getForEntity("/", String.class).getBody()).contains("政策问答");

		Map<?, ?> answer = ask("洮北区行政处罚信息多久要公开？", "it-1");
		assertThat(answer.get("type")).isEqualTo("ANSWER");
		assertThat((String) answer.get("answer")).contains("7个工作日").contains("洮北区");
		assertThat((List<?>) answer.get("sources")).isNotEmpty();

		Map<?, ?> smallTalk = ask("你好", "it-2");
		assertThat(smallTalk.get("type")).isEqualTo("SMALLTALK");

		Map<?, ?> notTurnedAway = ask("驾照到期怎么换？", "it-4");
		assertThat(notTurnedAway.get("type")).as("a government question the bot cannot answer").isEqualTo("ESCALATED");
		assertThat((String) notTurnedAway.get("ticketId")).startsWith("RX-");

		Map<?, ?> escalated = ask("公积金怎么提取？", "it-3");
		assertThat(escalated.get("type")).isEqualTo("ESCALATED");
		String ticketId = (String) escalated.get("ticketId");
		assertThat(ticketId).startsWith("RX-");
		assertThat((String) escalated.get("answer")).contains(ticketId);

		assertThat(this.http.getForEntity("/api/tickets", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		List<?> tickets = staff().getForObject("/api/tickets?status=NEW", List.class);
		assertThat(tickets).anySatisfy(ticket -> assertThat(((Map<?, ?>) ticket).get("number")).isEqualTo(ticketId));

		ResponseEntity<Map> reply = staff().postForEntity("/api/tickets/" + ticketId + "/reply",
				json("{\"text\":\"请拨打公积金中心电话咨询。\"}"), Map.class);
		assertThat(reply.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<?> replies = this.http.getForObject("/api/sessions/" + this.chat.session("it-3") + "/replies", List.class);
		assertThat(replies).singleElement()
			.satisfies(view -> assertThat(((Map<?, ?>) view).get("reply")).isEqualTo("请拨打公积金中心电话咨询。"));

		String rating = "/api/sessions/%s/tickets/" + ticketId + "/rating";
		assertThat(this.http
			.postForEntity(rating.formatted(this.chat.session("it-2")), json("{\"satisfied\":false}"), Map.class)
			.getStatusCode()).as("another session").isEqualTo(HttpStatus.CONFLICT);
		assertThat(this.http.postForEntity(rating.formatted("someone-else"), json("{\"satisfied\":false}"), Map.class)
			.getStatusCode()).as("a session the server did not issue").isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<Map> rated = this.http.postForEntity(rating.formatted(this.chat.session("it-3")),
				json("{\"satisfied\":false}"), Map.class);
		assertThat(rated.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(rated.getBody()).containsEntry("rating", "不满意");
		Map<?, ?> reopened = (Map<?, ?>) staff().getForObject("/api/tickets/" + ticketId, Map.class).get("ticket");
		assertThat(reopened.get("status")).isEqualTo("NEW");
		assertThat(reopened.get("reopenCount")).isEqualTo(1);
	}

	@Test
	void badInputGetsAProblemDetailNeverA500() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		for (String body : List.of("", "{", "{\"question\":\"\"}", "{\"question\":null}", "\u0000\u0001binary")) {
			ResponseEntity<Map> response = this.http.postForEntity("/api/ask", json(body), Map.class);
			assertThat(response.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getBody()).containsKey("detail");
		}
		ResponseEntity<Map> unknown = staff().getForEntity("/api/tickets/RX-19990101-9999", Map.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		for (String hostile : List.of("公开 AND 处罚 OR \"信息\" (*)", "<script>alert(1)</script>", "\uD800孤立代理",
				"问".repeat(2000), "😂😂👍🙏")) {
			ResponseEntity<Map> response = this.http.postForEntity("/api/ask",
					json("{\"question\":" + quote(hostile) + "}"), Map.class);
			assertThat(response.getStatusCode()).as(hostile).isEqualTo(HttpStatus.OK);
		}
	}

	@Test
	void publishedFaqEntriesAndDictionaryRowsApplyAfterARefresh() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		this.faq.add(new FaqEntry(0, "政务服务热线电话是多少？", List.of("热线号码是多少"), "政务服务便民热线为12345，全天24小时受理。", null,
				FaqStatus.PUBLISHED), Instant.now());
		this.synonyms.add(new SynonymRow(List.of("开放活动日"), List.of("政府开放日")), Instant.now());
		this.knowledgeBase.refreshIndex(false);
		Map<?, ?> faqAnswer = ask("请问政务服务热线电话是多少？", "it-faq");
		assertThat(faqAnswer.get("type")).isEqualTo("ANSWER");
		assertThat((String) faqAnswer.get("answer")).startsWith("政务服务便民热线为12345");
		assertThat(this.knowledgeBase.answerer().synonyms().find("开放活动日")).isNotEmpty();
	}

	private Map<?, ?> ask(String question, String session) {
		return this.chat.ask(question, session);
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				quoted.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				quoted.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

	/**
	 * The first administrator, created from configuration at start.
	 */
	private TestRestTemplate staff() {
		return this.http.withBasicAuth("admin", ADMIN_PASSWORD);
	}

}
