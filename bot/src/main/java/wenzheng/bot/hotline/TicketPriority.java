package wenzheng.bot.hotline;

/**
 * How urgent a ticket is.
 */
public enum TicketPriority {

	NORMAL("普通"), URGENT("紧急");

	private final String label;

	TicketPriority(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
