package wenzheng.bot.hotline;

/**
 * Published after a ticket is stored.
 *
 * @param number the ticket number
 * @param channel where the question came from
 */
public record TicketCreated(String number, String channel) {

}
