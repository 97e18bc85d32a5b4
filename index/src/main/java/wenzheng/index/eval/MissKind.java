package wenzheng.index.eval;

/**
 * Why the bot got an item wrong, read from where retrieval put the clause that answers
 * and what the bot replied: the kinds misses are grouped by to fix a kind, not a
 * question.
 */
public enum MissKind {

	/**
	 * The answering clause was not among the top five candidates (or none was ranked).
	 */
	RETRIEVAL("retrieval"),
	/** The answering clause was a candidate but not the first. */
	RANKING("ranking"),
	/** The answering clause was first, but the confidence was below the threshold. */
	CONFIDENCE("confidence"),
	/** The answering clause was first and answered, with a passage lacking the fact. */
	PASSAGE("passage"),
	/** An answerable item without an anchor, so where its clause stood is unknown. */
	UNKNOWN("no anchor"),
	/** An unanswerable item that got an answer. */
	ANSWERED("answered");

	private final String label;

	MissKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The kind of a miss.
	 * @throws IllegalArgumentException for an item the bot got right
	 */
	public static MissKind of(ItemResult result) {
		if (result.correct()) {
			throw new IllegalArgumentException("item " + result.item().id() + " is no miss");
		}
		if (!result.item().answerable()) {
			return ANSWERED;
		}
		if (result.item().anchor() == null) {
			return UNKNOWN;
		}
		if (!result.retrieved()) {
			return RETRIEVAL;
		}
		if (result.anchorRank() > 1) {
			return RANKING;
		}
		return Reply.ANSWER.equals(result.reply().type()) ? PASSAGE : CONFIDENCE;
	}

}
