package wenzheng.bot.hotline;

/**
 * What the staff queue shows: each criterion is optional.
 *
 * @param status only tickets in this state
 * @param department only tickets for this department
 * @param overdue only tickets past their due time and still open
 * @param text only tickets whose question or reply contains this text
 * @param limit at most this many, newest first
 * @param callbacks only tickets owing a callback (回访) after a 差评
 */
public record TicketFilter(TicketStatus status, String department, boolean overdue, String text, int limit,
		boolean callbacks) {

	public TicketFilter(TicketStatus status, String department, boolean overdue, String text, int limit) {
		this(status, department, overdue, text, limit, false);
	}

	public static TicketFilter recent(int limit) {
		return new TicketFilter(null, null, false, null, limit);
	}

}
