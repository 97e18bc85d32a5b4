package wenzheng.bot.hotline;

import java.util.List;

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
 * Merging and unmerging: the accepted bodies and every refused one.
 */
@WebMvcTest(MergeController.class)
@Import({ JsonConfiguration.class, SecurityConfiguration.class })
class MergeControllerTests extends HotlineControllerTests {

	@MockitoBean
	private TicketMerging merging;

	@MockitoBean
	private TicketQueue queue;

	@Test
	void mergesAndUnmerges() {
		given(this.merging.merge(any(), any(), any())).willReturn(ticket());
		given(this.merging.unmerge(any(), any(), any())).willReturn(ticket());
		assertThat(post("/api/tickets/" + NUMBER + "/merge",
				"{\"numbers\":[\" RX-20260316-0002 \",\"RX-20260316-0003\"]}"))
			.hasStatusOk();
		assertThat(post("/api/tickets/" + NUMBER + "/unmerge", "{\"number\":\"RX-20260316-0002\"}")).hasStatusOk();
		verify(this.merging).merge(NUMBER, List.of("RX-20260316-0002", "RX-20260316-0003"), "lead1");
		verify(this.merging).unmerge(NUMBER, "RX-20260316-0002", "lead1");
	}

	@Test
	void refusesABadMergeOrUnmerge() {
		assertRefused("/api/tickets/" + NUMBER + "/merge", "{\"numbers\":[]}", "{\"numbers\":[\"\"]}",
				"{\"numbers\":[null]}", "{\"numbers\":\"RX-1\"}", "{\"numbers\":[\"" + "R".repeat(33) + "\"]}",
				"{\"numbers\":[" + "\"RX-1\",".repeat(50) + "\"RX-2\"]}", "不是JSON", "{}");
		assertRefused("/api/tickets/" + NUMBER + "/unmerge", "{\"number\":\"\"}", "{\"number\":[\"RX-1\"]}",
				"{\"number\":\"" + "R".repeat(33) + "\"}", "不是JSON", "{}");
		verifyNoInteractions(this.merging);
	}

}
