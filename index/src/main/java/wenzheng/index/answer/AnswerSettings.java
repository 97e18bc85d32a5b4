package wenzheng.index.answer;

/**
 * The tunable numbers of answering.
 *
 * @param threshold the confidence below which a question goes to the hotline
 * @param clarifyMargin how close (in ranking score) the best clauses of two places must
 * be for the bot to ask which place is meant
 * @param candidates how many clauses are retrieved and re-ranked
 * @param cachedQuestions how many questions' answers are kept for questions asked again
 * (0: none)
 */
public record AnswerSettings(double threshold, double clarifyMargin, int candidates, int cachedQuestions) {

	public static final AnswerSettings DEFAULTS = new AnswerSettings(0.55, 0.05, 20, 10_000);

	public AnswerSettings withThreshold(double threshold) {
		return new AnswerSettings(threshold, this.clarifyMargin, this.candidates, this.cachedQuestions);
	}

	public AnswerSettings withCachedQuestions(int cachedQuestions) {
		return new AnswerSettings(this.threshold, this.clarifyMargin, this.candidates, cachedQuestions);
	}

}
