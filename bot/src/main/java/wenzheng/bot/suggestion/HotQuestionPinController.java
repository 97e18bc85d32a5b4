package wenzheng.bot.suggestion;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Editors pin questions to the top of the 热门问题 and unpin them.
 */
@RestController
class HotQuestionPinController {

	private final HotQuestions hotQuestions;

	HotQuestionPinController(HotQuestions hotQuestions) {
		this.hotQuestions = hotQuestions;
	}

	@GetMapping("/api/editor/hot-questions")
	List<HotQuestionPin> pins() {
		return this.hotQuestions.pins();
	}

	@PostMapping("/api/editor/hot-questions")
	@ResponseStatus(HttpStatus.CREATED)
	HotQuestionPin pin(@Valid @RequestBody PinRequest request, Principal editor) {
		return this.hotQuestions.pin(request.question(), editor.getName());
	}

	@DeleteMapping("/api/editor/hot-questions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unpin(@PathVariable long id) {
		if (!this.hotQuestions.unpin(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个置顶问题");
		}
	}

	/**
	 * @param question the question to pin
	 */
	record PinRequest(@NotBlank(message = "问题不能为空") @Size(max = HotQuestions.MAX_LENGTH,
			message = "置顶问题不能超过60字") String question) {
	}

}
