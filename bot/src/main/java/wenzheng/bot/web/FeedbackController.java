package wenzheng.bot.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import wenzheng.bot.conversation.ConversationService;
import wenzheng.bot.conversation.Inquiry;

/**
 * 有帮助/没帮助 on an answer in the web chat, stored like Telegram's buttons: one per turn, the
 * last one counts.
 */
@RestController
class FeedbackController {

	private final ConversationService conversation;

	private final WebSessions sessions;

	FeedbackController(ConversationService conversation, WebSessions sessions) {
		this.conversation = conversation;
		this.sessions = sessions;
	}

	@PostMapping("/api/sessions/{sessionId}/turns/{turnId}/feedback")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void feedback(@PathVariable String sessionId, @PathVariable long turnId,
			@Valid @RequestBody FeedbackRequest request) {
		// A turn of another session is as unknown as a turn that does not exist.
		if (!this.conversation.feedback(Inquiry.WEB, this.sessions.require(sessionId), turnId, request.helpful(),
				request.comment())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有找到这条回答");
		}
	}

	/**
	 * @param helpful 有帮助 or 没帮助
	 * @param comment what the citizen adds, optional
	 */
	record FeedbackRequest(@NotNull(message = "请选择有帮助或没帮助") Boolean helpful,
			@Size(max = 500, message = "意见不能超过500字") String comment) {
	}

}
