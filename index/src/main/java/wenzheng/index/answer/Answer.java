package wenzheng.index.answer;

import java.util.List;

/**
 * The bot's answer to a question.
 *
 * @param decision answer, ask back or hand over
 * @param text the reply: the fact first, then the citation; empty when abstaining
 * @param confidence how sure the bot is that the text answers the question, 0 to 1
 * @param sources the clauses used (for an abstention: the best candidates, for staff)
 * @param options the places to choose from when asking back
 * @param reason why the bot decided so, in words for staff and logs
 */
public record Answer(Decision decision, String text, double confidence, List<Source> sources, List<String> options,
		String reason) {

	public Answer {
		sources = List.copyOf(sources);
		options = List.copyOf(options);
	}

	static Answer abstain(double confidence, List<Source> candidates, String reason) {
		return new Answer(Decision.ABSTAIN, "", confidence, candidates, List.of(), reason);
	}

}
