package wenzheng.bot.suggestion;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The citizens' help to ask: 热门问题 and suggestions while typing.
 */
@RestController
class SuggestionController {

	private final HotQuestions hotQuestions;

	private final QuestionSuggester suggester;

	SuggestionController(HotQuestions hotQuestions, QuestionSuggester suggester) {
		this.hotQuestions = hotQuestions;
		this.suggester = suggester;
	}

	@GetMapping("/api/hot-questions")
	List<HotQuestion> hotQuestions() {
		return this.hotQuestions.top().stream().map(HotQuestion::new).toList();
	}

	@GetMapping("/api/suggest")
	List<String> suggest(
			@RequestParam @NotBlank(message = "请输入要联想的文字") @Size(max = 100, message = "联想文字不能超过100字") String q) {
		return this.suggester.suggest(q);
	}

	/**
	 * One hot question.
	 *
	 * @param question the question as the chat offers it
	 */
	record HotQuestion(String question) {
	}

}
