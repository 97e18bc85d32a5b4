package wenzheng.bot.hotline;

import java.util.List;

/**
 * What is needed to open a ticket.
 *
 * @param question what the citizen asked
 * @param sessionId where the reply goes back to
 * @param channel where the question came from
 * @param reason why the bot hands it over
 * @param candidates the bot's best clauses
 * @param transcript the conversation so far, or {@code null}
 * @param category the kind of request
 */
public record NewTicket(String question, String sessionId, String channel, String reason,
		List<CandidateClause> candidates, String transcript, TicketCategory category) {

	public NewTicket(String question, String sessionId, String channel, String reason,
			List<CandidateClause> candidates) {
		this(question, sessionId, channel, reason, candidates, null, TicketCategory.CONSULTATION);
	}

}
