package wenzheng.bot.hotline;

/**
 * The citizen's rating of a staff reply.
 */
public enum TicketRating {

	SATISFIED("满意"), UNSATISFIED("不满意");

	private final String label;

	TicketRating(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
