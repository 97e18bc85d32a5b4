package wenzheng.knowledge.document;

/**
 * Whether a document is still in force.
 */
public enum Validity {

	VALID("有效"), EXPIRED("失效"), REPEALED("废止");

	private final String label;

	Validity(String label) {
		this.label = label;
	}

	/**
	 * The Chinese label shown to citizens and staff.
	 */
	public String label() {
		return this.label;
	}

}
