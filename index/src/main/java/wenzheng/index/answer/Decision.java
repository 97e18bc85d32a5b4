package wenzheng.index.answer;

/**
 * What the bot does with a question.
 */
public enum Decision {

	/** A clause answers it: reply with the fact and its source. */
	ANSWER,
	/** Answers differ by place and the question names none: ask which place. */
	CLARIFY,
	/** Nothing answers it well enough: hand it to the hotline. */
	ABSTAIN

}
