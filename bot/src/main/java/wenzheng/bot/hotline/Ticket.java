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
 */
public record Ticket(long id, String number, String question, String sessionId, String channel, String reason,
		List<CandidateClause> candidates, TicketStatus status, Instant createdAt, String reply, Instant repliedAt,
		String transcript) {

	public Ticket {
		candidates = List.copyOf(candidates);
	}

}
