package wenzheng.bot.hotline;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import wenzheng.bot.account.StaffAccounts;
import wenzheng.bot.account.StaffRole;
import wenzheng.bot.account.StaffUser;
import wenzheng.bot.system.JsonConfiguration;
import wenzheng.bot.system.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Co-handling departments and their parts: the accepted bodies and every refused one; a
 * part is added in the name of the department of the user's account.
 */
@WebMvcTest(CoHandlingController.class)
@Import({ JsonConfiguration.class, SecurityConfiguration.class })
class CoHandlingControllerTests extends HotlineControllerTests {

	@MockitoBean
	private CoHandling coHandling;

	@MockitoBean
	private TicketQueue queue;

	@MockitoBean
	private StaffAccounts accounts;

	@Test
	void setsTheDepartmentsAndAddsThePartOfTheUsersDepartment() {
		given(this.coHandling.assist(any(), any(), any())).willReturn(ticket());
		given(this.coHandling.addPart(any(), any(), any(), any())).willReturn(ticket());
		given(this.accounts.get("lead1")).willReturn(new StaffUser("lead1", "值班长", StaffRole.SUPERVISOR, "水利局", true));
		assertThat(post("/api/tickets/" + NUMBER + "/assist", "{\"departments\":[\" 水利局\",\"城管局\",\"水利局\"]}"))
			.hasStatusOk();
		assertThat(post("/api/tickets/" + NUMBER + "/parts", "{\"text\":\"已清淤。\"}")).hasStatusOk();
		verify(this.coHandling).assist(NUMBER, "lead1", List.of("水利局", "城管局"));
		verify(this.coHandling).addPart(NUMBER, "lead1", "水利局", "已清淤。");
	}

	@Test
	void refusesBadDepartmentsOrParts() {
		assertRefused("/api/tickets/" + NUMBER + "/assist", "{\"departments\":[\"\"]}", "{\"departments\":\"水利局\"}",
				"{\"departments\":[\"" + tooLong(200) + "\"]}", "{\"departments\":[" + "\"局\",".repeat(10) + "\"局\"]}",
				"不是JSON", "{}");
		assertRefused("/api/tickets/" + NUMBER + "/parts", "{\"text\":\"\"}", "{\"text\":\"" + tooLong(2000) + "\"}",
				"{\"text\":[1]}", "不是JSON", "{}");
		verifyNoInteractions(this.coHandling);
	}

}
