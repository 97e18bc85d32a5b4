package wenzheng.bot.hotline;

/**
 * Thrown when no ticket has the given number.
 */
public class TicketNotFound extends RuntimeException {

	public TicketNotFound(String number) {
		super("工单 " + number + " 不存在");
	}

}
