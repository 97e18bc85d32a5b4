package wenzheng.bot.hotline;

import java.time.Instant;
import java.util.List;

/**
 * A question handed to the hotline.
 *
 * @param id database id
 * @param number the readable number citizens are told, e.g. RX-20261123-0007
 * @param question what the citizen asked
 * @param sessionId the web session or chat the reply goes back to
 * @param channel where the question came from (web, telegram)
 * @param reason why the bot handed it over
 * @param candidates the bot's best clauses
 * @param status where it stands
 * @param createdAt when it was opened
 * @param reply the staff reply, or {@code null}
 * @param repliedAt when staff replied, or {@code null}
 * @param transcript the conversation before the hand-over, or {@code null}
 * @param work who works it, for which department, by when
 */
public record Ticket(long id, String number, String question, String sessionId, String channel, String reason,
		List<CandidateClause> candidates, TicketStatus status, Instant createdAt, String reply, Instant repliedAt,
		String transcript, Work work) {

	public Ticket {
		candidates = List.copyOf(candidates);
	}

	/**
	 * Whether the ticket is still open after its due time.
	 */
	public boolean overdue(Instant now) {
		return this.work.dueAt() != null && now.isAfter(this.work.dueAt()) && this.status.open();
	}

	/**
	 * The hotline's handling of a ticket.
	 *
	 * @param category the kind of request
	 * @param priority how urgent
	 * @param department the department that should answer (suggested from the clauses'
	 * responsible units, or set by a transfer), or {@code null}
	 * @param dueAt when the reply is due, in working days from opening
	 * @param claimedBy the staff member working it, or {@code null}
	 * @param claimedAt since when
	 * @param repliedBy who replied, or {@code null}
	 * @param closedAt when it was closed, or {@code null}
	 * @param rating the citizen's rating of the reply, or {@code null}
	 * @param reopenCount how often the citizen was not satisfied
	 * @param firstClaimedAt when staff first took the ticket, or {@code null}
	 * @param mergedInto the main ticket this one was merged into (并单), or {@code null}
	 * @param callbackDueAt when the callback (回访) after a 差评 is due, or {@code null} when
	 * none is owed
	 */
	public record Work(TicketCategory category, TicketPriority priority, String department, Instant dueAt,
			String claimedBy, Instant claimedAt, String repliedBy, Instant closedAt, TicketRating rating,
			int reopenCount, Instant firstClaimedAt, String mergedInto, Instant callbackDueAt) {

	}

}
