package wenzheng.index.eval;

/**
 * Where retrieval alone puts the clause that answers: the rank of the first of the top
 * clauses holding the anchor snippet.
 */
@FunctionalInterface
public interface RetrievalCheck {

	/**
	 * @return the 1-based rank of the first clause holding the anchor, or 0 when none of
	 * the top clauses does
	 */
	int anchorRank(String question, String anchor);

}
