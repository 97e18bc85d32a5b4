package wenzheng.bot.hotline;

/**
 * Where a ticket stands.
 */
public enum TicketStatus {

	NEW("待处理"), ANSWERED("已答复");

	private final String label;

	TicketStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
