package wenzheng.index.eval;

import java.util.List;

/**
 * What the bot replied, as the scorer sees it.
 *
 * @param type ANSWER, CLARIFY, ESCALATED or SMALLTALK
 * @param answer the reply text
 * @param options the choices offered with a CLARIFY
 * @param confidence the bot's confidence
 */
public record Reply(String type, String answer, List<String> options, double confidence) {

	public static final String ANSWER = "ANSWER";

	public static final String CLARIFY = "CLARIFY";

	public Reply {
		answer = answer == null ? "" : answer;
		options = options == null ? List.of() : List.copyOf(options);
	}

}
