package wenzheng.bot.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import wenzheng.bot.conversation.ConversationService;
import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.hotline.TicketQueue;

/**
 * The web chat API: ask a question, and fetch the staff replies to a session's escalated
 * questions.
 */
@RestController
class AskController {

	private final ConversationService conversation;

	private final TicketQueue tickets;

	AskController(ConversationService conversation, TicketQueue tickets) {
		this.conversation = conversation;
		this.tickets = tickets;
	}

	@PostMapping("/api/ask")
	AskResponse ask(@Valid @RequestBody AskRequest request) {
		String sessionId = request.sessionId() == null || request.sessionId().isBlank() ? UUID.randomUUID().toString()
				: request.sessionId();
		return AskResponse.of(this.conversation.reply(new Inquiry(request.question(), sessionId, Inquiry.WEB)),
				sessionId);
	}

	@GetMapping("/api/sessions/{sessionId}/replies")
	List<StaffReplyView> replies(@PathVariable String sessionId) {
		return this.tickets.bySession(sessionId)
			.stream()
			.filter(ticket -> ticket.reply() != null)
			.map(ticket -> new StaffReplyView(ticket.number(), ticket.question(), ticket.reply(), ticket.repliedAt()))
			.toList();
	}

}
