package wenzheng.bot.web;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.bot.account.StaffAccounts;
import wenzheng.bot.account.StaffRole;
import wenzheng.bot.account.StaffUser;
import wenzheng.bot.conversation.ConversationService;
import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.editor.KnowledgeGaps;
import wenzheng.bot.knowledgebase.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feedback on web answers: only on the session's own turns, one per turn with the last
 * one counting, counted with Telegram's on the dashboard and in the gap report, and 转人工
 * after it hands over the question the citizen asked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedbackIntegrationTests {

	private static final String PASSWORD = "Feedback-pass-2026";

	@TempDir
	static Path dataDir;

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private ConversationService conversation;

	@Autowired
	private KnowledgeGaps gaps;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	private WebChatClient chat;

	@BeforeEach
	void createEditor() throws InterruptedException {
		this.chat = new WebChatClient(this.http);
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		if (this.accounts.all().stream().noneMatch(user -> user.username().equals("editor2"))) {
			this.accounts.create(new StaffUser("editor2", "编辑", StaffRole.EDITOR, null, true), PASSWORD);
		}
	}

	@Test
	void everyReplyCarriesItsTurn() {
		Map<?, ?> reply = ask("洮北区行政处罚信息多久要公开？", "turn-1");
		assertThat(reply.get("type")).isEqualTo("ANSWER");
		assertThat(((Number) reply.get("turnId")).longValue()).isPositive();
		assertThat(reply.get("related")).isInstanceOf(List.class);
	}

	@Test
	void feedbackIsTakenOnlyOnTheSessionsOwnTurns() {
		long turn = turnOf(ask("洮北区行政处罚信息多久要公开？", "own-1"));
		assertThat(feedback("own-2", turn, "{\"helpful\":false}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(feedback("own-1", turn + 100_000, "{\"helpful\":false}").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(feedbackRows(turn)).isZero();
		assertThat(feedback("own-1", turn, "{\"helpful\":true}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(feedbackRows(turn)).isOne();
	}

	@Test
	void theLastFeedbackOnATurnCounts() {
		Map<?, ?> before = dashboard();
		long turn = turnOf(ask("洮北区行政处罚信息多久要公开？", "last-1"));
		assertThat(feedback("last-1", turn, "{\"helpful\":true}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(feedback("last-1", turn, "{\"helpful\":false,\"comment\":\"没说清楚从哪天算起\"}").getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(feedbackRows(turn)).isOne();
		assertThat(this.jdbc.sql("select comment_text from feedback where turn_id = ?")
			.param(turn)
			.query(String.class)
			.single()).isEqualTo("没说清楚从哪天算起");
		Map<?, ?> after = dashboard();
		assertThat(count(after, "helpful")).isEqualTo(count(before, "helpful"));
		assertThat(count(after, "unhelpful")).isEqualTo(count(before, "unhelpful") + 1);
	}

	@Test
	void webAndTelegramFeedbackAreCountedAlike() {
		Map<?, ?> before = dashboard();
		long web = turnOf(ask("洮北区政务公开工作由哪个部门牵头？", "both-web"));
		feedback("both-web", web, "{\"helpful\":false}");
		long telegram = this.conversation.reply(new Inquiry("洮北区政务公开工作由哪个部门牵头？", "tg:4242", Inquiry.TELEGRAM)).turnId();
		assertThat(this.conversation.feedback(Inquiry.TELEGRAM, "tg:4242", telegram, false, null)).isTrue();
		assertThat(this.conversation.feedback(Inquiry.TELEGRAM, "tg:4243", telegram, true, null))
			.as("another chat's turn")
			.isFalse();
		assertThat(this.conversation.feedback(Inquiry.WEB, "tg:4242", telegram, true, null))
			.as("another channel's turn")
			.isFalse();
		assertThat(count(dashboard(), "unhelpful")).isEqualTo(count(before, "unhelpful") + 2);
		assertThat(this.gaps.report()).anySatisfy(gap -> assertThat(gap.examples()).contains("洮北区政务公开工作由哪个部门牵头？"));
	}

	@Test
	void theHumanButtonAfterAnUnhelpfulAnswerOpensATicketOnTheQuestionAsked() {
		String question = "洮北区政务公开工作由哪个部门牵头？";
		long turn = turnOf(ask(question, "human-1"));
		assertThat(feedback("human-1", turn, "{\"helpful\":false}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		Map<?, ?> handedOver = ask("转人工", "human-1");
		assertThat(handedOver.get("type")).isEqualTo("ESCALATED");
		String number = (String) handedOver.get("ticketId");
		assertThat(this.jdbc.sql("select question from ticket where ticket_no = ?")
			.param(number)
			.query(String.class)
			.single()).isEqualTo(question);
		assertThat(ask("人工客服。", "human-1").get("ticketId")).as("the same request again joins the ticket")
			.isEqualTo(number);
	}

	@Test
	void badFeedbackIsRefusedWithAChineseMessage() {
		long turn = turnOf(ask("洮北区行政处罚信息多久要公开？", "bad-1"));
		assertThat(feedback("bad-1", turn, "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(feedback("bad-1", turn, "{\"helpful\":\"vielleicht\"}").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<Map> tooLong = feedback("bad-1", turn,
				"{\"helpful\":false,\"comment\":\"" + "长".repeat(501) + "\"}");
		assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) tooLong.getBody().get("detail")).contains("500");
		assertThat(
				feedback("bad-1", turn, "{\"helpful\":false,\"comment\":\"" + "长".repeat(500) + "\"}").getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	private long feedbackRows(long turn) {
		return this.jdbc.sql("select count(*) from feedback where turn_id = ?").param(turn).query(Long.class).single();
	}

	private Map<?, ?> dashboard() {
		return this.http.withBasicAuth("editor2", PASSWORD).getForObject("/api/editor/dashboard?days=1", Map.class);
	}

	private static long count(Map<?, ?> figures, String key) {
		return ((Number) figures.get(key)).longValue();
	}

	private static long turnOf(Map<?, ?> reply) {
		return ((Number) reply.get("turnId")).longValue();
	}

	private ResponseEntity<Map> feedback(String session, long turn, String body) {
		return this.http.postForEntity("/api/sessions/" + this.chat.session(session) + "/turns/" + turn + "/feedback",
				WebChatClient.json(body), Map.class);
	}

	private Map<?, ?> ask(String question, String session) {
		return this.chat.ask(question, session);
	}

}
