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
 * Returns, dispatch and refused returns: the accepted bodies and every refused one.
 */
@WebMvcTest(DispatchController.class)
@Import({ JsonConfiguration.class, SecurityConfiguration.class })
class DispatchControllerTests extends HotlineControllerTests {

	@MockitoBean
	private TicketDispatch dispatch;

	@MockitoBean
	private TicketQueue queue;

	@Test
	void returnsDispatchesAndRefusesAReturn() {
		given(this.dispatch.returnTicket(any(), any(), any())).willReturn(ticket());
		given(this.dispatch.dispatch(any(), any(), any())).willReturn(ticket());
		given(this.dispatch.rejectReturn(any(), any(), any())).willReturn(ticket());
		assertThat(post("/api/tickets/" + NUMBER + "/return", "{\"reason\":\"非本部门职责\"}")).hasStatusOk();
		assertThat(post("/api/tickets/" + NUMBER + "/dispatch", "{\"department\":\" 住建局 \"}")).hasStatusOk();
		assertThat(post("/api/tickets/" + NUMBER + "/return/rejection", "{\"note\":\"属本部门\"}")).hasStatusOk();
		verify(this.dispatch).returnTicket(NUMBER, "lead1", "非本部门职责");
		verify(this.dispatch).dispatch(NUMBER, "lead1", "住建局");
		verify(this.dispatch).rejectReturn(NUMBER, "lead1", "属本部门");
	}

	@Test
	void refusesBadBodies() {
		assertRefused("/api/tickets/" + NUMBER + "/return", "{\"reason\":\"\"}",
				"{\"reason\":\"" + tooLong(500) + "\"}", "不是JSON", "{}");
		assertRefused("/api/tickets/" + NUMBER + "/dispatch", "{\"department\":\" \"}",
				"{\"department\":\"" + tooLong(200) + "\"}", "{\"department\":{}}", "不是JSON", "{}");
		assertRefused("/api/tickets/" + NUMBER + "/return/rejection", "{\"note\":\"\"}",
				"{\"note\":\"" + tooLong(500) + "\"}", "不是JSON", "{}");
		verifyNoInteractions(this.dispatch);
	}

}
