package wenzheng.bot.hotline;

/**
 * Published after a ticket is merged into another (并单); the channel that owns the session
 * tells the citizen the main ticket's number, and nothing else of it.
 *
 * @param number the merged ticket
 * @param channel where its question came from
 * @param sessionId the session or chat to tell
 * @param mainNumber the ticket it now follows
 */
public record TicketMerged(String number, String channel, String sessionId, String mainNumber) {

}
