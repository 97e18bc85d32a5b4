package wenzheng.index.eval;

/**
 * Asks the bot a question within a session, the way a citizen would.
 */
@FunctionalInterface
public interface Asker {

	Reply ask(String question, String sessionId);

}
