package wenzheng.bot.editor;

import java.nio.file.Path;
import java.time.Duration;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.bot.account.StaffAccounts;
import wenzheng.bot.account.StaffRole;
import wenzheng.bot.account.StaffUser;
import wenzheng.bot.knowledgebase.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors change the FAQ and the dictionary through the API, and the next question
 * already uses the change; the gap report groups what the bot could not answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorIntegrationTests {

	private static final String PASSWORD = "Editor-pass-2026";

	@TempDir
	static Path dataDir;

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void createEditor() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		if (this.accounts.all().stream().noneMatch(user -> user.username().equals("editor1"))) {
			this.accounts.create(new StaffUser("editor1", "编辑", StaffRole.EDITOR, null, true), PASSWORD);
		}
	}

	@Test
	void aDictionaryRowAppliesToTheNextQuestionWithoutRestart() {
		String question = "四平市的政府开门日一年办几回？";
		Map<?, ?> before = ask(question, "syn-1");
		assertThat(before.get("type")).isNotEqualTo("ANSWER");

		ResponseEntity<Map> added = editor().postForEntity("/api/editor/synonyms",
				json("{\"words\":[\"开门日\"],\"officials\":[\"开放日\"]}"), Map.class);
		assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<?, ?> after = ask(question, "syn-2");
		assertThat(after.get("type")).isEqualTo("ANSWER");
		assertThat((String) after.get("answer")).contains("政府开放日");

		List<?> rows = editor().getForObject("/api/editor/synonyms", List.class);
		Object id = ((Map<?, ?>) rows.get(rows.size() - 1)).get("id");
		editor().delete("/api/editor/synonyms/" + id);
		assertThat(ask(question, "syn-3").get("type")).isNotEqualTo("ANSWER");

		assertThat(
				editor().postForEntity("/api/editor/synonyms", json("{\"words\":[],\"officials\":[\"x\"]}"), Map.class)
					.getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anFaqEntryAnswersOnlyWhilePublished() {
		String question = "市民服务中心周末开门吗？";
		Map<?, ?> created = editor().postForObject("/api/editor/faq", json("""
				{"question":"市民服务中心周末开门吗？","phrasings":["服务中心星期六上班吗"],
				 "answer":"市民服务中心周六上午9:00-12:00开放，周日休息。"}"""), Map.class);
		assertThat(created.get("status")).isEqualTo("DRAFT");
		Object id = created.get("id");
		assertThat(ask(question, "faq-1").get("type")).isNotEqualTo("ANSWER");

		editor().postForObject("/api/editor/faq/" + id + "/publish", null, Map.class);
		Map<?, ?> answered = ask("服务中心星期六上班吗", "faq-2");
		assertThat(answered.get("type")).isEqualTo("ANSWER");
		assertThat((String) answered.get("answer")).contains("周六上午9:00-12:00");

		editor().postForObject("/api/editor/faq/" + id + "/retire", null, Map.class);
		assertThat(ask(question, "faq-3").get("type")).isNotEqualTo("ANSWER");
	}

	@Test
	void theGapReportGroupsSimilarQuestionsAndStartsAnFaqEntry() {
		ask("公积金怎么提取？", "gap-1");
		ask("公积金如何提取呢", "gap-2");
		ask("请问公积金怎样提取", "gap-3");
		ask("医保卡丢了怎么补办", "gap-4");

		List<?> gaps = editor().getForObject("/api/editor/gaps", List.class);
		Map<?, ?> housing = gaps.stream()
			.map(gap -> (Map<?, ?>) gap)
			.filter(gap -> ((String) gap.get("question")).contains("公积金"))
			.findFirst()
			.orElseThrow();
		assertThat(housing.get("count")).isEqualTo(3);
		assertThat(housing.get("thisWeek")).isEqualTo(3);
		assertThat(housing.get("question")).isEqualTo("请问公积金怎样提取");
		assertThat(gaps).anySatisfy(gap -> assertThat(((Map<?, ?>) gap).get("question")).isEqualTo("医保卡丢了怎么补办"));
		assertThat(((Map<?, ?>) gaps.get(0)).get("question")).as("newest first").isEqualTo("医保卡丢了怎么补办");

		Map<?, ?> draft = editor().postForObject("/api/editor/gaps/faq-draft",
				json("{\"question\":\"请问公积金怎样提取\",\"phrasings\":" + toJson((List<?>) housing.get("examples")) + "}"),
				Map.class);
		assertThat(draft.get("status")).isEqualTo("DRAFT");
		assertThat((List<Object>) draft.get("phrasings")).contains("公积金怎么提取？").doesNotContain("请问公积金怎样提取");
	}

	@Test
	void everyEditorActionIsADocumentedEndpoint() {
		Map<String, Object> paths = (Map<String, Object>) editor().getForObject("/v3/api-docs", Map.class).get("paths");
		assertThat(paths.keySet()).contains("/api/editor/faq", "/api/editor/faq/{id}", "/api/editor/faq/{id}/publish",
				"/api/editor/faq/{id}/retire", "/api/editor/synonyms", "/api/editor/synonyms/{id}", "/api/editor/gaps",
				"/api/editor/gaps/faq-draft");
	}

	@Test
	void onlyEditorsMayEdit() {
		assertThat(this.http.getForEntity("/api/editor/faq", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		if (this.accounts.all().stream().noneMatch(user -> user.username().equals("agent9"))) {
			this.accounts.create(new StaffUser("agent9", "坐席", StaffRole.AGENT, null, true), PASSWORD);
		}
		assertThat(this.http.withBasicAuth("agent9", PASSWORD)
			.exchange("/api/editor/gaps", HttpMethod.GET, null, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private Map<?, ?> ask(String question, String session) {
		return this.http.postForObject("/api/ask",
				json("{\"question\":\"" + question + "\",\"sessionId\":\"" + session + "\"}"), Map.class);
	}

	private TestRestTemplate editor() {
		return this.http.withBasicAuth("editor1", PASSWORD);
	}

	private static String toJson(List<?> values) {
		return values.stream().map(value -> "\"" + value + "\"").toList().toString();
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
