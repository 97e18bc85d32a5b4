package wenzheng.index.eval;

/**
 * Whether retrieval alone finds the clause that answers: the anchor snippet is in one of
 * the top clauses.
 */
@FunctionalInterface
public interface RetrievalCheck {

	boolean found(String question, String anchor);

}
