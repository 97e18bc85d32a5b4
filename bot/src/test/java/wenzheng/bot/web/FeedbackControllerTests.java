package wenzheng.bot.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.server.ResponseStatusException;

import wenzheng.bot.conversation.ConversationService;
import wenzheng.bot.system.JsonConfiguration;
import wenzheng.bot.system.RateLimits;
import wenzheng.bot.system.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The feedback contract: 204 when stored, 404 for a turn the session does not have or a
 * session the server did not issue, 400 for every kind of bad body.
 */
@WebMvcTest(FeedbackController.class)
@Import({ JsonConfiguration.class, SecurityConfiguration.class })
class FeedbackControllerTests {

	private static final String URI = "/api/sessions/s-1/turns/7/feedback";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ConversationService conversation;

	@MockitoBean
	private RateLimits limits;

	@MockitoBean
	private WebSessions sessions;

	@BeforeEach
	void sessionS1IsIssued() {
		given(this.sessions.require(anyString()))
			.willThrow(new ResponseStatusException(HttpStatus.NOT_FOUND, "没有找到这个会话，请重新提问"));
		willReturn("s-1").given(this.sessions).require("s-1");
	}

	@Test
	void storesFeedbackWithItsComment() {
		given(this.conversation.feedback("web", "s-1", 7, false, "看不懂")).willReturn(true);
		assertThat(post("{\"helpful\":false,\"comment\":\"看不懂\"}")).hasStatus(HttpStatus.NO_CONTENT);
		verify(this.conversation).feedback("web", "s-1", 7, false, "看不懂");
	}

	@Test
	void aSessionTheServerDidNotIssueIsNotFound() {
		assertThat(this.mvc.post()
			.uri("/api/sessions/tg:1/turns/7/feedback")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"helpful\":true}")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("没有找到这个会话，请重新提问");
		verifyNoInteractions(this.conversation);
	}

	@Test
	void aTurnOfAnotherSessionIsNotFound() {
		given(this.conversation.feedback(anyString(), anyString(), anyLong(), anyBoolean(), any())).willReturn(false);
		assertThat(post("{\"helpful\":true}")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("没有找到这条回答");
	}

	@Test
	void refusesBadBodies() {
		for (String body : new String[] { "", "{}", "{\"helpful\":null}", "{\"helpful\":\"yes please\"}", "not json",
				"{\"helpful\":true,\"comment\":\"" + "多".repeat(501) + "\"}", "{\"helpful\":true,\"comment\":7}x" }) {
			assertThat(post(body)).as(body)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(this.mvc.post()
			.uri("/api/sessions/s-1/turns/abc/feedback")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"helpful\":true}")).hasStatus(HttpStatus.BAD_REQUEST);
		verifyNoInteractions(this.conversation);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult post(String body) {
		return this.mvc.post().uri(URI).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

}
