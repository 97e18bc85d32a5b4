package wenzheng.bot.hotline;

/**
 * The kind of request; each has its own reply time in working days
 * ({@code wenzheng.hotline.working-days}).
 */
public enum TicketCategory {

	/** A question the bot could not answer from the documents. */
	CONSULTATION("咨询"),

	/** The citizen asked for a person: help with a case, a complaint, a follow-up. */
	REQUEST("求助");

	private final String label;

	TicketCategory(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
