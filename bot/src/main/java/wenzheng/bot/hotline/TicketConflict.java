package wenzheng.bot.hotline;

/**
 * A ticket is not in a state that allows the action, e.g. another staff member claimed it
 * first. The message is for staff, in Chinese.
 */
public class TicketConflict extends RuntimeException {

	public TicketConflict(String message) {
		super(message);
	}

}
