package wenzheng.bot.hotline;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import wenzheng.bot.system.JsonConfiguration;
import wenzheng.bot.system.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Callbacks, appeals and appeal decisions: the accepted bodies and every refused one.
 */
@WebMvcTest(RatingController.class)
@Import({ JsonConfiguration.class, SecurityConfiguration.class })
class RatingControllerTests extends HotlineControllerTests {

	@MockitoBean
	private TicketRatings ratings;

	@MockitoBean
	private TicketQueue queue;

	@Test
	void recordsACallbackWithOrWithoutARating() {
		given(this.ratings.callback(any(), any(), any())).willReturn(ticket());
		assertThat(post("/api/tickets/" + NUMBER + "/callbacks",
				"{\"channel\":\" 电话 \",\"reached\":true,\"note\":\"已解释\",\"level\":4}"))
			.hasStatusOk();
		assertThat(post("/api/tickets/" + NUMBER + "/callbacks", "{\"channel\":\"短信\",\"reached\":false}"))
			.hasStatusOk();
		verify(this.ratings).callback(NUMBER, "lead1",
				new TicketRatings.Callback("电话", true, "已解释", TicketRating.SATISFIED));
		verify(this.ratings).callback(NUMBER, "lead1", new TicketRatings.Callback("短信", false, null, null));
	}

	@Test
	void refusesABadCallback() {
		assertRefused("/api/tickets/" + NUMBER + "/callbacks", "{\"reached\":true}",
				"{\"channel\":\"\",\"reached\":true}", "{\"channel\":\"电话\"}",
				"{\"channel\":\"电话\",\"reached\":true,\"level\":6}",
				"{\"channel\":\"电话\",\"reached\":true,\"level\":0}", "{\"channel\":\"电话\",\"reached\":\"是\"}",
				"{\"channel\":\"" + tooLong(20) + "\",\"reached\":true}",
				"{\"channel\":\"电话\",\"reached\":true,\"note\":\"" + tooLong(1000) + "\"}");
		MALFORMED.forEach(body -> assertRefused("/api/tickets/" + NUMBER + "/callbacks", body));
		verifyNoInteractions(this.ratings);
	}

	@Test
	void appealsAndDecides() {
		given(this.ratings.appeal(any(), any(), any())).willReturn(ticket());
		given(this.ratings.decide(any(), any(), any(Boolean.class), any())).willReturn(ticket());
		assertThat(post("/api/tickets/" + NUMBER + "/appeal", "{\"reason\":\"恶意差评\"}")).hasStatusOk();
		assertThat(post("/api/tickets/" + NUMBER + "/appeal/decision", "{\"upheld\":false,\"note\":\"不成立\"}"))
			.hasStatusOk();
		verify(this.ratings).appeal(NUMBER, "lead1", "恶意差评");
		verify(this.ratings).decide(NUMBER, "lead1", false, "不成立");
	}

	@Test
	void refusesABadAppealOrDecision() {
		assertRefused("/api/tickets/" + NUMBER + "/appeal", "{\"reason\":\" \"}",
				"{\"reason\":\"" + tooLong(500) + "\"}", "{\"reason\":1}", "不是JSON", "{}");
		assertRefused("/api/tickets/" + NUMBER + "/appeal/decision", "{\"note\":\"无\"}", "{\"upheld\":\"也许\"}",
				"{\"upheld\":true,\"note\":\"" + tooLong(500) + "\"}", "不是JSON", "{}");
		verifyNoInteractions(this.ratings);
	}

}
