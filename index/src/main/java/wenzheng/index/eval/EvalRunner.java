package wenzheng.index.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a question set through the bot, the bot without a threshold (for the trade-off
 * curve) and the baseline.
 */
public final class EvalRunner {

	private static final int CURVE_STEPS = 20;

	private final Scorer scorer;

	private final RetrievalCheck retrieval;

	public EvalRunner(Scorer scorer, RetrievalCheck retrieval) {
		this.scorer = scorer;
		this.retrieval = retrieval;
	}

	/**
	 * @param bot the bot as configured
	 * @param unthresholded the bot answering whatever it finds, with its confidence
	 * @param baseline the stock baseline
	 */
	public FileReport run(String name, List<EvalItem> items, Asker bot, Asker unthresholded, Asker baseline) {
		List<ItemResult> results = new ArrayList<>();
		List<ItemResult> baselineResults = new ArrayList<>();
		List<ItemResult> open = new ArrayList<>();
		for (EvalItem item : items) {
			Reply reply = this.scorer.ask(item, bot);
			int anchorRank = item.answerable() && item.anchor() != null
					? this.retrieval.anchorRank(item.question(), item.anchor()) : 0;
			results.add(new ItemResult(item, reply, this.scorer.isCorrect(item, reply), anchorRank));
			Reply baselineReply = this.scorer.ask(item, baseline);
			baselineResults.add(new ItemResult(item, baselineReply, this.scorer.isCorrect(item, baselineReply), 0));
			Reply openReply = this.scorer.ask(item, unthresholded);
			open.add(new ItemResult(item, openReply, this.scorer.isCorrect(item, openReply), 0));
		}
		return new FileReport(name, results, baselineResults, curve(open));
	}

	private static List<FileReport.CurvePoint> curve(List<ItemResult> open) {
		List<FileReport.CurvePoint> points = new ArrayList<>();
		for (int step = 0; step <= CURVE_STEPS; step++) {
			double threshold = (double) step / CURVE_STEPS;
			int answerable = 0;
			int answerableRight = 0;
			int unanswerable = 0;
			int unanswerableRight = 0;
			int answered = 0;
			int answeredRight = 0;
			for (ItemResult result : open) {
				boolean answers = Reply.ANSWER.equals(result.reply().type())
						&& result.reply().confidence() >= threshold;
				if (answers) {
					answered++;
				}
				if (result.item().answerable()) {
					answerable++;
					boolean right = answers && result.correct();
					answerableRight += right ? 1 : 0;
					answeredRight += right ? 1 : 0;
				}
				else {
					unanswerable++;
					unanswerableRight += answers ? 0 : 1;
				}
			}
			points.add(new FileReport.CurvePoint(threshold, share(answerableRight, answerable),
					share(unanswerableRight, unanswerable), share(answered, open.size()),
					share(answeredRight, answered)));
		}
		return points;
	}

	private static double share(int part, int total) {
		return total == 0 ? Double.NaN : (double) part / total;
	}

}
