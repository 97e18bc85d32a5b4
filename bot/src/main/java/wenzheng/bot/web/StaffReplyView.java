package wenzheng.bot.web;

import java.time.Instant;

/**
 * A staff reply to one of the session's questions, as the chat page shows it.
 *
 * @param ticketId the ticket
 * @param question the question it answers
 * @param reply the reply text
 * @param repliedAt when staff replied
 */
record StaffReplyView(String ticketId, String question, String reply, Instant repliedAt) {

}
