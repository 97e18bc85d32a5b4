package wenzheng.bot.hotline;

/**
 * Where a ticket stands. A ticket the citizen was not satisfied with goes back to
 * {@link #NEW}; a returned one waits for a supervisor to dispatch it again; a merged one
 * follows its main ticket and leaves the queue.
 */
public enum TicketStatus {

	NEW("待处理"), CLAIMED("处理中"), RETURNED("退单待审"), MERGED("已并单"), ANSWERED("已答复"), CLOSED("已办结");

	private final String label;

	TicketStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether staff still owe the citizen a reply to this ticket itself.
	 */
	public boolean open() {
		return this == NEW || this == CLAIMED || this == RETURNED;
	}

}
