package wenzheng.bot.hotline;

/**
 * Where a ticket stands. A ticket the citizen was not satisfied with goes back to
 * {@link #NEW}.
 */
public enum TicketStatus {

	NEW("待处理"), CLAIMED("处理中"), ANSWERED("已答复"), CLOSED("已办结");

	private final String label;

	TicketStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
