package wenzheng.bot.web;

import java.time.Instant;

import wenzheng.bot.hotline.Ticket;

/**
 * A staff reply to one of the session's questions, as the chat page shows it.
 *
 * @param ticketId the ticket
 * @param question the question it answers
 * @param reply the reply text
 * @param repliedAt when staff replied
 * @param rating the citizen's rating (满意/不满意), or {@code null} while not rated
 */
record StaffReplyView(String ticketId, String question, String reply, Instant repliedAt, String rating) {

	static StaffReplyView of(Ticket ticket) {
		return new StaffReplyView(ticket.number(), ticket.question(), ticket.reply(), ticket.repliedAt(),
				ticket.work().rating() == null ? null : ticket.work().rating().label());
	}

}
