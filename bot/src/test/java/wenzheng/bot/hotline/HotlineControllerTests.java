package wenzheng.bot.hotline;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import wenzheng.bot.system.RateLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Assertion helpers for the hotline controllers' web tests: every bad body is a 400 with
 * a Chinese detail, never a 500.
 */
abstract class HotlineControllerTests {

	static final String NUMBER = "RX-20260316-0001";

	/** A body that is not JSON, one of the wrong shape, and an empty object. */
	static final List<String> MALFORMED = List.of("不是JSON", "[]", "{}", "");

	@Autowired
	MockMvcTester mvc;

	/**
	 * The citizens' rate limiting filter's collaborator, which these tests do not reach.
	 */
	@MockitoBean
	RateLimits limits;

	MvcTestResult post(String path, String body) {
		return this.mvc.post()
			.uri(path)
			.with(user("lead1").roles("ADMIN"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	void assertRefused(String path, String... bodies) {
		for (String body : bodies) {
			assertThat(post(path, body)).as(path + " " + body)
				.hasStatus(400)
				.bodyJson()
				.extractingPath("$.detail")
				.asString()
				.containsPattern("\\p{IsHan}");
		}
	}

	static String tooLong(int length) {
		return "长".repeat(length + 1);
	}

	static Ticket ticket() {
		return new Ticket(1, NUMBER, "问题", "s-1", "web", "测试", List.of(), TicketStatus.NEW,
				Instant.parse("2026-03-16T01:00:00Z"), null, null, null, new Ticket.Work(TicketCategory.CONSULTATION,
						TicketPriority.NORMAL, "某局", null, null, null, null, null, null, 0, null, null, null));
	}

}
