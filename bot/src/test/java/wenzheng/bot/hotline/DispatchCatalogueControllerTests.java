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
 * The dispatch catalogue's rows: the accepted bodies and every refused one.
 */
@WebMvcTest(DispatchCatalogueController.class)
@Import({ JsonConfiguration.class, SecurityConfiguration.class })
class DispatchCatalogueControllerTests extends HotlineControllerTests {

	@MockitoBean
	private DispatchCatalogue catalogue;

	@Test
	void addsARowWithCleanedKeywords() {
		given(this.catalogue.add(any())).willReturn(new DispatchRule(7, List.of("路灯"), null, "城管局"));
		assertThat(post("/api/admin/dispatch-catalogue",
				"{\"keywords\":[\" 路灯\",\"路灯\",\"照明\"],\"place\":\" \",\"department\":\"城管局\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.id")
			.isEqualTo(7);
		verify(this.catalogue).add(new DispatchRule(0, List.of("路灯", "照明"), null, "城管局"));
	}

	@Test
	void refusesBadRows() {
		assertRefused("/api/admin/dispatch-catalogue", "{\"keywords\":[],\"department\":\"城管局\"}",
				"{\"keywords\":[\"\"],\"department\":\"城管局\"}", "{\"keywords\":[\"路灯\"]}",
				"{\"keywords\":\"路灯\",\"department\":\"城管局\"}",
				"{\"keywords\":[\"" + tooLong(30) + "\"],\"department\":\"城管局\"}",
				"{\"keywords\":[\"路灯\"],\"place\":\"" + tooLong(100) + "\",\"department\":\"城管局\"}", "不是JSON", "{}");
		verifyNoInteractions(this.catalogue);
	}

}
