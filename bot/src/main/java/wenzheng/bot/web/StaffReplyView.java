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
 * @param rating the citizen's rating (非常满意 … 非常不满意), or {@code null} while not rated
 * @param mergedInto the number of the ticket this one was merged with (并单), or
 * {@code null}; nothing else of that ticket is shown
 */
record StaffReplyView(String ticketId, String question, String reply, Instant repliedAt, String rating,
		String mergedInto) {

	static StaffReplyView of(Ticket ticket) {
		return new StaffReplyView(ticket.number(), ticket.question(), ticket.reply(), ticket.repliedAt(),
				ticket.work().rating() == null ? null : ticket.work().rating().label(), ticket.work().mergedInto());
	}

}
