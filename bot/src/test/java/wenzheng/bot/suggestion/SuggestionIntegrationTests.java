package wenzheng.bot.suggestion;

import java.nio.file.Path;
import java.sql.Timestamp;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.bot.account.StaffAccounts;
import wenzheng.bot.account.StaffRole;
import wenzheng.bot.account.StaffUser;
import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.bot.web.WebChatClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Help to ask through the whole app: suggestions while typing (prefix and infix, rebuilt
 * after an edit), 热门问题 (pins first, nothing escalated, personal or marked 没帮助) and 猜你想问
 * in replies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SuggestionIntegrationTests {

	private static final String PASSWORD = "Suggest-pass-2026";

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
	private StaffAccounts accounts;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private QuestionSuggester suggester;

	@Autowired
	private HotQuestions hotQuestions;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void createEditor() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		if (this.accounts.all().stream().noneMatch(user -> user.username().equals("editor3"))) {
			this.accounts.create(new StaffUser("editor3", "编辑", StaffRole.EDITOR, null, true), PASSWORD);
		}
	}

	@Test
	void suggestsByPrefixAndInfix() {
		assertThat(this.suggester.suggest("依法依规办")).contains("依法依规办理政府信息公开申请");
		assertThat(this.suggester.suggest("政府信息公开申")).contains("依法依规办理政府信息公开申请");
		assertThat(this.suggester.suggest("处罚")).contains("处罚强制").hasSizeLessThanOrEqualTo(8);
		assertThat(this.suggester.suggest("公开")).hasSize(8);
		List<?> overHttp = this.http.getForObject("/api/suggest?q={q}", List.class, "信息公开");
		assertThat(overHttp).isNotEmpty().allSatisfy(text -> assertThat((String) text).contains("信息公开"));
	}

	@Test
	void suggestionsFollowAnEditAndADraftIsNeverSuggested() {
		Map<?, ?> created = editor().postForObject("/api/editor/faq", json("""
				{"question":"政府串门节哪天举办？","phrasings":["串门节在什么时候"],
				 "answer":"政府开放日每年五月举办。"}"""), Map.class);
		assertThat(this.suggester.suggest("串门")).isEmpty();
		editor().postForObject("/api/editor/faq/" + created.get("id") + "/publish", null, Map.class);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(this.suggester.suggest("串门")).containsExactlyInAnyOrder("政府串门节哪天举办？", "串门节在什么时候"));
		editor().postForObject("/api/editor/faq/" + created.get("id") + "/retire", null, Map.class);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.suggester.suggest("串门")).isEmpty());
	}

	@Test
	void aPinAnotherInstanceMadeReachesTheListAndTheSuggestionsHere() {
		this.hotQuestions.followOtherInstances();
		this.jdbc.sql("insert into hot_question_pin (question, pinned_by, created_at) values (?, ?, ?)")
			.params("邻居实例置顶的问题怎么查？", "editor3", Timestamp.from(Instant.now()))
			.update();
		this.hotQuestions.followOtherInstances();
		assertThat(this.hotQuestions.top()).startsWith("邻居实例置顶的问题怎么查？");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.suggester.suggest("邻居实例")).contains("邻居实例置顶的问题怎么查？"));
		this.jdbc.sql("delete from hot_question_pin where question = ?").param("邻居实例置顶的问题怎么查？").update();
		this.hotQuestions.followOtherInstances();
		assertThat(this.hotQuestions.top()).doesNotContain("邻居实例置顶的问题怎么查？");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.suggester.suggest("邻居实例")).isEmpty());
	}

	@Test
	void suggestionsRefuseBadInput() {
		assertThat(this.http.getForEntity("/api/suggest", Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.http.getForEntity("/api/suggest?q= ", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<Map> tooLong = this.http.getForEntity("/api/suggest?q={q}", Map.class, "长".repeat(101));
		assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) tooLong.getBody().get("detail")).contains("100");
		assertThat(this.http.getForObject("/api/suggest?q={q}", List.class, "AND OR \\\" *:* ~ [")).isEmpty();
	}

	@Test
	void hotQuestionsPutPinsFirstAndShowNothingEscalatedPersonalOrUnhelpful() {
		String answered = "政府信息公开申请多久答复？";
		String personal = "我是王小明，政府信息公开申请多久答复？";
		String unhelpful = "洮北区政务公开工作由哪个部门牵头？";
		String escalated = "驾驶证到期了怎么换证？";
		for (String session : List.of("hot-a", "hot-b")) {
			assertThat(ask(answered, session).get("type")).isEqualTo("ANSWER");
			// Personal data makes a question hard to answer; the row stands for one that
			// was.
			this.jdbc
				.sql("""
						insert into conversation_turn (session_id, channel, question, reply_type, answer, confidence, created_at)
						values (?, 'web', ?, 'ANSWER', '在规定的工作日内予以答复。', 0.9, current_timestamp)""")
				.params(this.chat.session(session), personal)
				.update();
			Map<?, ?> reply = ask(unhelpful, session);
			assertThat(reply.get("type")).isEqualTo("ANSWER");
			this.http.postForEntity(
					"/api/sessions/" + this.chat.session(session) + "/turns/" + reply.get("turnId") + "/feedback",
					json("{\"helpful\":false}"), Void.class);
			assertThat(ask(escalated, session).get("type")).isEqualTo("ESCALATED");
		}
		ask("洮北区行政处罚信息多久要公开？", "hot-c");

		ResponseEntity<Map> pinned = editor().postForEntity("/api/editor/hot-questions",
				json("{\"question\":\"怎样查询政府信息公开指南？\"}"), Map.class);
		assertThat(pinned.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		List<String> hot = hotQuestions();
		assertThat(hot).hasSizeLessThanOrEqualTo(10);
		assertThat(hot.get(0)).isEqualTo("怎样查询政府信息公开指南？");
		assertThat(hot).contains(answered)
			.doesNotContain(personal, unhelpful, escalated, "洮北区行政处罚信息多久要公开？")
			.allSatisfy(question -> assertThat(question).doesNotContain("王小明"));

		editor().delete("/api/editor/hot-questions/" + pinned.getBody().get("id"));
		assertThat(hotQuestions()).doesNotContain("怎样查询政府信息公开指南？").contains(answered);
		assertThat(editor().exchange("/api/editor/hot-questions/999999", HttpMethod.DELETE, null, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void onlyEditorsPin() {
		assertThat(this.http.getForEntity("/api/editor/hot-questions", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(editor().postForEntity("/api/editor/hot-questions", json("{\"question\":\" \"}"), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(editor()
			.postForEntity("/api/editor/hot-questions", json("{\"question\":\"" + "问".repeat(61) + "\"}"), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anAnswerComesWithRelatedQuestions() {
		Map<?, ?> reply = ask("政府信息公开申请多久答复？", "related-1");
		assertThat(reply.get("type")).isEqualTo("ANSWER");
		List<String> related = (List<String>) reply.get("related");
		assertThat(related).isNotEmpty().hasSizeLessThanOrEqualTo(3).doesNotContain("政府信息公开申请多久答复？");
		assertThat((List<?>) ask("你好", "related-1").get("related")).isEmpty();
	}

	private List<String> hotQuestions() {
		List<Map<String, String>> items = this.http.getForObject("/api/hot-questions", List.class);
		return items.stream().map(item -> item.get("question")).toList();
	}

	private TestRestTemplate editor() {
		return this.http.withBasicAuth("editor3", PASSWORD);
	}

	private Map<?, ?> ask(String question, String session) {
		return this.chat.ask(question, session);
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
