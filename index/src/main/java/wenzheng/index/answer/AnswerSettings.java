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
 * @param model the ranking model, whose probability is the confidence
 */
public record AnswerSettings(double threshold, double clarifyMargin, int candidates, int cachedQuestions,
		RankingModel model) {

	/** The bundled model with the threshold its fit recommends. */
	public static final AnswerSettings DEFAULTS = new AnswerSettings(RankingModel.bundled().threshold(), 1.0, 20,
			10_000, RankingModel.bundled());

	public AnswerSettings withThreshold(double threshold) {
		return new AnswerSettings(threshold, this.clarifyMargin, this.candidates, this.cachedQuestions, this.model);
	}

	/**
	 * These settings with another model and the threshold its fit recommends.
	 */
	public AnswerSettings withModel(RankingModel model) {
		return new AnswerSettings(model.threshold(), this.clarifyMargin, this.candidates, this.cachedQuestions, model);
	}

	public AnswerSettings withCachedQuestions(int cachedQuestions) {
		return new AnswerSettings(this.threshold, this.clarifyMargin, this.candidates, cachedQuestions, this.model);
	}

}
