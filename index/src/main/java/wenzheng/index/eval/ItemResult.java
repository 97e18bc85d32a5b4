package wenzheng.index.eval;

/**
 * How the bot did on one item.
 *
 * @param item the item
 * @param reply the final reply (after answering a CLARIFY)
 * @param correct whether it counts as right
 * @param retrieved whether the anchor was among the top retrieved clauses (answerable
 * items)
 */
public record ItemResult(EvalItem item, Reply reply, boolean correct, boolean retrieved) {

}
