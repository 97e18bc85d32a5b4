package wenzheng.index.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The results of one question set: the bot's, the baseline's, and the bot's at every
 * threshold.
 *
 * @param name the file name
 * @param results the bot's result per item
 * @param baseline the baseline's result per item
 * @param curve the trade-off curve
 */
public record FileReport(String name, List<ItemResult> results, List<ItemResult> baseline, List<CurvePoint> curve) {

	public Figure answerable() {
		return figure(this.results, EvalItem::answerable);
	}

	public Figure unanswerable() {
		return figure(this.results, item -> !item.answerable());
	}

	public Figure baselineAnswerable() {
		return figure(this.baseline, EvalItem::answerable);
	}

	public Figure baselineUnanswerable() {
		return figure(this.baseline, item -> !item.answerable());
	}

	/**
	 * Share of answerable items whose anchor was among the top retrieved clauses.
	 */
	public Figure retrieval() {
		List<ItemResult> answerable = this.results.stream().filter(result -> result.item().answerable()).toList();
		int hits = (int) answerable.stream().filter(ItemResult::retrieved).count();
		return new Figure(hits, answerable.size());
	}

	/**
	 * Accuracy per style (answerable) or category (unanswerable).
	 */
	public Map<String, Figure> byGroup() {
		Map<String, Figure> groups = new TreeMap<>();
		for (ItemResult result : this.results) {
			String key = (result.item().answerable() ? "answerable/" : "unanswerable/") + result.item().group();
			groups.merge(key, new Figure(result.correct() ? 1 : 0, 1), Figure::plus);
		}
		return groups;
	}

	static Figure figure(List<ItemResult> results, Predicate<EvalItem> filter) {
		int total = 0;
		int correct = 0;
		for (ItemResult result : results) {
			if (filter.test(result.item())) {
				total++;
				correct += result.correct() ? 1 : 0;
			}
		}
		return new Figure(correct, total);
	}

	/**
	 * A share: right out of total.
	 */
	public record Figure(int correct, int total) {

		public double value() {
			return this.total == 0 ? Double.NaN : (double) this.correct / this.total;
		}

		Figure plus(Figure other) {
			return new Figure(this.correct + other.correct, this.total + other.total);
		}

	}

	/**
	 * Accuracy if the bot answered only above the given confidence.
	 *
	 * @param threshold the confidence threshold
	 * @param answerable answerable accuracy at that threshold
	 * @param unanswerable unanswerable accuracy at that threshold
	 * @param answered the share of all items answered
	 * @param precision the share of answers given that were right
	 */
	public record CurvePoint(double threshold, double answerable, double unanswerable, double answered,
			double precision) {
	}

}
