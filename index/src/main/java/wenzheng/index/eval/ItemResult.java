package wenzheng.index.eval;

/**
 * How the bot did on one item.
 *
 * @param item the item
 * @param reply the final reply (after answering a CLARIFY)
 * @param correct whether it counts as right
 * @param anchorRank the 1-based rank of the clause holding the anchor among the top
 * retrieved clauses, 0 when it is not among them or the item has no anchor
 */
public record ItemResult(EvalItem item, Reply reply, boolean correct, int anchorRank) {

	/**
	 * Whether the anchor was among the top retrieved clauses.
	 */
	public boolean retrieved() {
		return this.anchorRank > 0;
	}

}
