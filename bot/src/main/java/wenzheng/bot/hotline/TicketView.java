package wenzheng.bot.hotline;

import java.time.Instant;
import java.util.List;

/**
 * A ticket as the staff console shows it, with the labels in Chinese and whether it is
 * overdue.
 */
record TicketView(String number, String question, String channel, String reason, List<CandidateClause> candidates,
		String status, String statusLabel, Instant createdAt, String reply, Instant repliedAt, String transcript,
		String category, String priority, String department, Instant dueAt, boolean overdue, String claimedBy,
		String repliedBy, Instant closedAt, String rating, int reopenCount, String mergedInto, Instant callbackDueAt) {

	static TicketView of(Ticket ticket, Instant now) {
		Ticket.Work work = ticket.work();
		return new TicketView(ticket.number(), ticket.question(), ticket.channel(), ticket.reason(),
				ticket.candidates(), ticket.status().name(), ticket.status().label(), ticket.createdAt(),
				ticket.reply(), ticket.repliedAt(), ticket.transcript(), work.category().label(),
				work.priority().label(), work.department(), work.dueAt(), ticket.overdue(now), work.claimedBy(),
				work.repliedBy(), work.closedAt(), work.rating() == null ? null : work.rating().label(),
				work.reopenCount(), work.mergedInto(), work.callbackDueAt());
	}

}
