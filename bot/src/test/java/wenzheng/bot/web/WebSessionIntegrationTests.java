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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.bot.account.StaffAccounts;
import wenzheng.bot.account.StaffRole;
import wenzheng.bot.account.StaffUser;
import wenzheng.bot.conversation.ConversationService;
import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.hotline.TicketQueue;
import wenzheng.bot.knowledgebase.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server issues every web session: a chosen id is replaced, two callers of one chosen
 * id are two sessions, a Telegram chat cannot be joined from the web, an issued id
 * continues its conversation, and every session endpoint answers 404 for an id the server
 * did not issue, counted against the caller's address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSessionIntegrationTests {

	private static final String PASSWORD = "Session-pass-2026";

	@TempDir
	static Path dataDir;

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private ConversationService conversation;

	@Autowired
	private TicketQueue tickets;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void ready() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		if (this.accounts.all().stream().noneMatch(user -> user.username().equals("agent-s"))) {
			this.accounts.create(new StaffUser("agent-s", "坐席", StaffRole.AGENT, null, true), PASSWORD);
		}
	}

	@Test
	void aChosenIdIsReplacedAndTwoCallersOfItGetTwoSessions() {
		Map<?, ?> first = ask("我家小区的路灯坏了好几天了没人修", "test");
		Map<?, ?> second = ask("我要投诉楼下饭店油烟太大", "test");
		String one = (String) first.get("sessionId");
		String other = (String) second.get("sessionId");
		assertThat(one).isNotEqualTo("test").hasSizeGreaterThanOrEqualTo(22).isNotEqualTo(other);
		assertThat(first.get("type")).isEqualTo("ESCALATED");
		assertThat(second.get("type")).isEqualTo("ESCALATED");

		staffReply((String) first.get("ticketId"), "已通知物业维修路灯。");
		assertThat(replies(one)).singleElement()
			.satisfies(reply -> assertThat(reply.get("reply")).isEqualTo("已通知物业维修路灯。"));
		assertThat(replies(other)).as("the other caller sees nothing of it").isEmpty();
		assertThat(this.tickets.get((String) second.get("ticketId")).transcript()).doesNotContain("路灯");
	}

	@Test
	void aTelegramChatCannotBeJoinedFromTheWeb() {
		this.conversation.reply(new Inquiry("我叫张三，电话13912345678，我家暖气不热", "tg:7001", Inquiry.TELEGRAM));
		Map<?, ?> web = ask("我要投诉楼下饭店油烟太大", "tg:7001");
		assertThat(web.get("sessionId")).isNotEqualTo("tg:7001");
		assertThat(this.tickets.get((String) web.get("ticketId")).transcript()).doesNotContain("张三", "暖气");
		assertThat(this.http.getForEntity("/api/sessions/tg:7001/replies", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		this.conversation.handOver("tg:7001", Inquiry.TELEGRAM);
		assertThat(this.tickets.bySession(Inquiry.TELEGRAM, "tg:7001"))
			.allSatisfy(ticket -> assertThat(ticket.transcript()).doesNotContain("油烟"));
	}

	@Test
	void anIssuedIdContinuesItsConversation() {
		Map<?, ?> clarify = ask("政府开放日一年办几次？", null);
		assertThat(clarify.get("type")).isEqualTo("CLARIFY");
		String session = (String) clarify.get("sessionId");
		String place = (String) ((List<?>) clarify.get("options")).get(0);
		Map<?, ?> answer = ask(place, session);
		assertThat(answer.get("type")).as("the follow-up of the question asked back").isEqualTo("ANSWER");
		assertThat(answer.get("sessionId")).isEqualTo(session);

		Map<?, ?> escalated = ask("我家小区的路灯坏了好几天了没人修", session);
		assertThat(escalated.get("sessionId")).isEqualTo(session);
		String ticket = (String) escalated.get("ticketId");
		assertThat(this.tickets.get(ticket).transcript()).as("the transcript of the same session").contains(place);
		staffReply(ticket, "已派单。");
		assertThat(replies(session)).singleElement()
			.satisfies(reply -> assertThat(reply.get("reply")).isEqualTo("已派单。"));
		assertThat(post("/api/sessions/" + session + "/tickets/" + ticket + "/rating", "{\"level\":5}").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(
				post("/api/sessions/" + session + "/turns/" + answer.get("turnId") + "/feedback", "{\"helpful\":true}")
					.getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void everySessionEndpointAnswers404ForAnIdTheServerDidNotIssue() {
		Map<?, ?> escalated = ask("我家小区的路灯坏了好几天了没人修", null);
		String ticket = (String) escalated.get("ticketId");
		staffReply(ticket, "已派单。");
		for (String unknown : List.of("test", "1", "tg:7002", escalated.get("sessionId") + "x")) {
			assertThat(this.http.getForEntity("/api/sessions/" + unknown + "/replies", Map.class).getStatusCode())
				.as(unknown)
				.isEqualTo(HttpStatus.NOT_FOUND);
			ResponseEntity<Map> rating = post("/api/sessions/" + unknown + "/tickets/" + ticket + "/rating",
					"{\"level\":1}");
			assertThat(rating.getStatusCode()).as(unknown).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat((String) rating.getBody().get("detail")).isEqualTo("没有找到这个会话，请重新提问");
			assertThat(post("/api/sessions/" + unknown + "/turns/" + escalated.get("turnId") + "/feedback",
					"{\"helpful\":false}")
				.getStatusCode()).as(unknown).isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(this.tickets.get(ticket).work().rating()).isNull();
	}

	@Test
	void guessingSessionIdsCountsAgainstTheAddress() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Forwarded-For", "10.77.0.1");
		int refused = 0;
		for (int i = 0; i < 600 && refused == 0; i++) {
			HttpStatus status = HttpStatus.valueOf(this.http
				.exchange("/api/sessions/guess-" + i + "/replies", HttpMethod.GET, new HttpEntity<>(headers), Map.class)
				.getStatusCode()
				.value());
			assertThat(status).isIn(HttpStatus.NOT_FOUND, HttpStatus.TOO_MANY_REQUESTS);
			refused += status == HttpStatus.TOO_MANY_REQUESTS ? 1 : 0;
		}
		assertThat(refused).as("refused within the per-address limit of 300 a minute").isOne();
	}

	private void staffReply(String ticket, String text) {
		assertThat(this.http.withBasicAuth("agent-s", PASSWORD)
			.postForEntity("/api/tickets/" + ticket + "/reply", WebChatClient.json("{\"text\":\"" + text + "\"}"),
					Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@SuppressWarnings("unchecked")
	private List<Map<?, ?>> replies(String session) {
		return this.http.getForObject("/api/sessions/" + session + "/replies", List.class);
	}

	private ResponseEntity<Map> post(String uri, String body) {
		return this.http.postForEntity(uri, WebChatClient.json(body), Map.class);
	}

	private Map<?, ?> ask(String question, String session) {
		String body = "{\"question\":\"" + question + "\""
				+ (session == null ? "" : ",\"sessionId\":\"" + session + "\"") + "}";
		ResponseEntity<Map> response = this.http.postForEntity("/api/ask", WebChatClient.json(body), Map.class);
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

}
