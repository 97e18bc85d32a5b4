package wenzheng.bot.suggestion;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import wenzheng.bot.system.JsonConfiguration;
import wenzheng.bot.system.RateLimits;
import wenzheng.bot.system.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The contracts of {@code /api/hot-questions} and {@code /api/suggest}, and every way a
 * suggestion request can be bad.
 */
@WebMvcTest(SuggestionController.class)
@Import({ JsonConfiguration.class, SecurityConfiguration.class })
class SuggestionControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private HotQuestions hotQuestions;

	@MockitoBean
	private QuestionSuggester suggester;

	@MockitoBean
	private RateLimits limits;

	@Test
	void hotQuestionsAreQuestionItems() {
		given(this.hotQuestions.top()).willReturn(List.of("政府信息公开申请多久答复？", "行政处罚信息多久公开？"));
		assertThat(this.mvc.get().uri("/api/hot-questions")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("[{\"question\":\"政府信息公开申请多久答复？\"},{\"question\":\"行政处罚信息多久公开？\"}]");
	}

	@Test
	void suggestionsAreStrings() {
		given(this.suggester.suggest("处罚")).willReturn(List.of("处罚强制"));
		assertThat(this.mvc.get().uri("/api/suggest?q={q}", "处罚")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("[\"处罚强制\"]");
	}

	@Test
	void refusesMissingEmptyAndTooLongText() {
		assertThat(this.mvc.get().uri("/api/suggest")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("缺少参数 q");
		assertThat(this.mvc.get().uri("/api/suggest?q=")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("请输入要联想的文字");
		assertThat(this.mvc.get().uri("/api/suggest?q={q}", "字".repeat(101))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("联想文字不能超过100字");
		verifyNoInteractions(this.suggester);
	}

}
