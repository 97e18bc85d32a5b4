package wenzheng.bot.hotline;

/**
 * A clause the bot considered for a ticket's question, shown to staff as a starting
 * point.
 *
 * @param documentId the document
 * @param title its title
 * @param section the item
 * @param excerpt the clause text, shortened
 * @param responsible the clause's responsible unit, or {@code null}
 */
public record CandidateClause(String documentId, String title, String section, String excerpt, String responsible) {

}
