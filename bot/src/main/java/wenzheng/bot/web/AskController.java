package wenzheng.bot.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import wenzheng.bot.conversation.BotReply;
import wenzheng.bot.conversation.ReplyType;
import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.hotline.PublicAnswer;
import wenzheng.bot.hotline.PublicAnswers;
import wenzheng.bot.hotline.TicketNotFound;
import wenzheng.bot.hotline.TicketQueue;
import wenzheng.bot.hotline.TicketRating;
import wenzheng.bot.suggestion.RelatedQuestions;
import wenzheng.bot.hotline.TicketRatings;

/**
 * The citizens' API: ask a question, fetch and rate the staff replies to a session's
 * escalated questions, and read the published replies.
 */
@RestController
class AskController {

	private final WebChat chat;

	private final WebSessions sessions;

	private final TicketQueue tickets;

	private final TicketRatings ratings;

	private final PublicAnswers publicAnswers;

	private final RelatedQuestions related;

	AskController(WebChat chat, WebSessions sessions, TicketQueue tickets, TicketRatings ratings,
			PublicAnswers publicAnswers, RelatedQuestions related) {
		this.chat = chat;
		this.sessions = sessions;
		this.tickets = tickets;
		this.ratings = ratings;
		this.publicAnswers = publicAnswers;
		this.related = related;
	}

	@PostMapping("/api/ask")
	AskResponse ask(@Valid @RequestBody AskRequest request) {
		WebChat.Asked asked = this.chat.ask(request.question(), request.sessionId());
		BotReply reply = asked.reply();
		List<String> related = reply.type() == ReplyType.ANSWER
				? this.related.of(request.question().strip(), reply.sources()) : List.of();
		return AskResponse.of(reply, asked.sessionId(), related);
	}

	@GetMapping("/api/sessions/{sessionId}/replies")
	List<StaffReplyView> replies(@PathVariable String sessionId) {
		return this.tickets.bySession(Inquiry.WEB, this.sessions.require(sessionId))
			.stream()
			.filter(ticket -> ticket.reply() != null || ticket.work().mergedInto() != null)
			.map(StaffReplyView::of)
			.toList();
	}

	/**
	 * The citizen rates a staff reply to a question of this session on five levels
	 * ({@code {"level": 1..5}}, or the older {@code {"satisfied": bool}} as 4 or 2); a 差评
	 * reopens the ticket.
	 */
	@PostMapping("/api/sessions/{sessionId}/tickets/{number}/rating")
	StaffReplyView rate(@PathVariable String sessionId, @PathVariable String number,
			@Valid @RequestBody RatingRequest request) {
		// Telegram chats are rated in Telegram.
		if (!Inquiry.WEB.equals(this.tickets.get(number).channel())) {
			throw new TicketNotFound(number);
		}
		return StaffReplyView.of(this.ratings.rate(number, this.sessions.require(sessionId), request.rating()));
	}

	record RatingRequest(@Min(value = 1, message = "评价等级应为1到5") @Max(value = 5, message = "评价等级应为1到5") Integer level,
			Boolean satisfied) {

		@AssertTrue(message = "请选择评价等级")
		boolean isChosen() {
			return this.level != null || this.satisfied != null;
		}

		TicketRating rating() {
			if (this.level != null) {
				return TicketRating.of(this.level);
			}
			return this.satisfied ? TicketRating.SATISFIED : TicketRating.UNSATISFIED;
		}

	}

	@GetMapping("/api/public/answers")
	List<PublicAnswer> publicAnswers(@RequestParam(defaultValue = "50") int limit) {
		return this.publicAnswers.latest(limit);
	}

}
