package wenzheng.bot.hotline;

/**
 * Published after staff reply to a ticket; the channel that owns the session delivers the
 * reply.
 *
 * @param number the ticket number
 * @param channel the channel the question came from
 * @param sessionId the session or chat to deliver to
 * @param question the original question, to quote
 * @param reply the staff reply
 */
public record StaffReplied(String number, String channel, String sessionId, String question, String reply) {

}
