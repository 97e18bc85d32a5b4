package wenzheng.bot.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import wenzheng.bot.conversation.BotReply;
import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.conversation.ReplyType;
import wenzheng.bot.hotline.Ticket;
import wenzheng.bot.hotline.TicketCategory;
import wenzheng.bot.hotline.TicketPriority;
import wenzheng.bot.hotline.TicketQueue;
import wenzheng.bot.hotline.TicketRating;
import wenzheng.bot.hotline.TicketRatings;
import wenzheng.bot.hotline.TicketStatus;
import wenzheng.bot.knowledgebase.KnowledgeBaseNotReady;
import wenzheng.bot.system.JsonConfiguration;
import wenzheng.bot.system.RateLimits;
import wenzheng.bot.system.SecurityConfiguration;
import wenzheng.bot.hotline.PublicAnswers;
import wenzheng.bot.suggestion.RelatedQuestions;
import wenzheng.index.answer.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The {@code POST /api/ask} contract and every way a request can be bad.
 */
@WebMvcTest(AskController.class)
@Import({ JsonConfiguration.class, SecurityConfiguration.class })
class AskControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private PublicAnswers publicAnswers;

	@MockitoBean
	private WebChat chat;

	@MockitoBean
	private WebSessions sessions;

	@MockitoBean
	private RateLimits limits;

	@MockitoBean
	private TicketQueue tickets;

	@MockitoBean
	private RelatedQuestions related;

	@MockitoBean
	private TicketRatings ratings;

	@Test
	void ratesOnFiveLevelsAndTakesTheOlderSatisfiedFormAsFourOrTwo() {
		Ticket ticket = webTicket();
		given(this.tickets.get("RX-20260101-0001")).willReturn(ticket);
		given(this.ratings.rate(any(), any(), any())).willReturn(ticket);
		given(this.sessions.require("s-1")).willReturn("s-1");
		for (String body : List.of("{\"level\":5}", "{\"level\":1}", "{\"satisfied\":true}", "{\"satisfied\":false}")) {
			assertThat(rate(body)).hasStatusOk();
		}
		verify(this.ratings).rate("RX-20260101-0001", "s-1", TicketRating.VERY_SATISFIED);
		verify(this.ratings).rate("RX-20260101-0001", "s-1", TicketRating.VERY_UNSATISFIED);
		verify(this.ratings).rate("RX-20260101-0001", "s-1", TicketRating.SATISFIED);
		verify(this.ratings).rate("RX-20260101-0001", "s-1", TicketRating.UNSATISFIED);
	}

	@Test
	void refusesARatingOutsideTheFiveLevels() {
		given(this.tickets.get("RX-20260101-0001")).willReturn(webTicket());
		for (String body : List.of("{\"level\":0}", "{\"level\":6}", "{}", "{\"level\":\"很好\"}", "不是JSON")) {
			assertThat(rate(body)).hasStatus(400).bodyJson().extractingPath("$.detail").asString().isNotBlank();
		}
		verifyNoInteractions(this.ratings);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult rate(String body) {
		return this.mvc.post()
			.uri("/api/sessions/s-1/tickets/RX-20260101-0001/rating")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private static Ticket webTicket() {
		return new Ticket(1, "RX-20260101-0001", "问题", "s-1", Inquiry.WEB, "测试", List.of(), TicketStatus.ANSWERED,
				Instant.parse("2026-01-01T00:00:00Z"), "答复", Instant.parse("2026-01-02T00:00:00Z"), null,
				new Ticket.Work(TicketCategory.CONSULTATION, TicketPriority.NORMAL, null, null, null, null, "agent1",
						null, null, 0, null, null, null));
	}

	@Test
	void answersWithTheDocumentedShape() {
		given(this.chat.ask(any(), any()))
			.willReturn(new WebChat.Asked("s-1", new BotReply(ReplyType.ANSWER, "7个工作日内公开。", 0.91,
					List.of(new Source("doc-1", "某某清单", "7 处罚强制", "处罚强制：…", "区司法局")), List.of(), null, 17L)));
		given(this.related.of(any(), any())).willReturn(List.of("行政许可信息多久公开？"));
		assertThat(this.mvc.post()
			.uri("/api/ask")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"question\":\"行政处罚信息多久公开？\",\"sessionId\":\"s-1\"}")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"type":"ANSWER","answer":"7个工作日内公开。","confidence":0.91,
					 "sources":[{"documentId":"doc-1","title":"某某清单","section":"7 处罚强制","excerpt":"处罚强制：…"}],
					 "options":[],"ticketId":null,"sessionId":"s-1","turnId":17,"related":["行政许可信息多久公开？"]}""");
		verify(this.chat).ask("行政处罚信息多久公开？", "s-1");
	}

	@Test
	void returnsTheSessionTheChatIssued() {
		given(this.chat.ask("问", null)).willReturn(new WebChat.Asked("issued-1",
				new BotReply(ReplyType.ESCALATED, "已转人工", 0.1, List.of(), List.of(), "RX-20260101-0001")));
		assertThat(
				this.mvc.post().uri("/api/ask").contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"问\"}"))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.ticketId").isEqualTo("RX-20260101-0001");
				assertThat(json).extractingPath("$.sessionId").isEqualTo("issued-1");
			});
	}

	@Test
	void rejectsAMissingQuestion() {
		assertBadRequest("{\"sessionId\":\"s\"}", "问题不能为空");
	}

	@Test
	void rejectsAnEmptyOrBlankQuestion() {
		assertBadRequest("{\"question\":\"\"}", "问题不能为空");
		assertBadRequest("{\"question\":\"   \\n\\t \"}", "问题不能为空");
	}

	@Test
	void rejectsAQuestionOver2000Characters() {
		assertBadRequest("{\"question\":\"" + "问".repeat(2001) + "\"}", "问题不能超过2000字");
	}

	@Test
	void acceptsExactly2000Characters() {
		given(this.chat.ask(any(), any())).willReturn(
				new WebChat.Asked("s-1", new BotReply(ReplyType.ESCALATED, "已转人工", 0, List.of(), List.of(), "RX-1")));
		assertThat(this.mvc.post()
			.uri("/api/ask")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"question\":\"" + "问".repeat(2000) + "\"}")).hasStatusOk();
	}

	@Test
	void rejectsBodiesThatAreNotJson() {
		assertBadRequest("question=hello", "不是有效的 JSON");
		assertBadRequest("{\"question\": \"unterminated", "不是有效的 JSON");
		assertBadRequest("", "不是有效的 JSON");
		assertBadRequest("[\"question\"]", "不是有效的 JSON");
	}

	@Test
	void rejectsWrongTypes() {
		assertBadRequest("{\"question\":123}", "字段类型不正确");
		assertBadRequest("{\"question\":true}", "字段类型不正确");
		assertBadRequest("{\"question\":{\"text\":\"问\"}}", "字段类型不正确");
		assertBadRequest("{\"question\":[\"问\"]}", "字段类型不正确");
	}

	@Test
	void rejectsAMalformedSessionId() {
		assertBadRequest("{\"question\":\"问\",\"sessionId\":\"<script>\"}", "会话标识只能包含");
		assertBadRequest("{\"question\":\"问\",\"sessionId\":\"" + "s".repeat(101) + "\"}", "会话标识不能超过100个字符");
	}

	@Test
	void rejectsOtherContentTypes() {
		assertThat(this.mvc.post().uri("/api/ask").contentType(MediaType.TEXT_PLAIN).content("问")).hasStatus(415)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("application/json");
		verifyNoInteractions(this.chat);
	}

	@Test
	void saysTryAgainLaterWhileTheKnowledgeBaseLoads() {
		given(this.chat.ask(any(), any())).willThrow(new KnowledgeBaseNotReady());
		assertThat(
				this.mvc.post().uri("/api/ask").contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"问\"}"))
			.hasStatus(503)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("知识库正在加载，请稍后再试");
	}

	private void assertBadRequest(String body, String detail) {
		assertThat(this.mvc.post().uri("/api/ask").contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains(detail);
		verifyNoInteractions(this.chat);
	}

}
