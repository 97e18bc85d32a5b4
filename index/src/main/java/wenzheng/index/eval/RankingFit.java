package wenzheng.index.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import wenzheng.index.answer.RankingFeature;
import wenzheng.index.answer.RankingModel;

/**
 * Fits the ranking model on the rows of several question sets (see {@link RankingRows}),
 * with cross-validation by question: each question's candidates are scored by a model
 * fitted without that question, and the figures and the recommended threshold come from
 * those held-out scores. The threshold maximises the mean over the sets of answerable and
 * unanswerable accuracy, each set weighing the same.
 */
public final class RankingFit {

	static final int FOLDS = 5;

	private static final double[] PENALTIES = { 0.1, 1, 10 };

	private final List<Question> questions;

	private RankingFit(List<Question> questions) {
		this.questions = questions;
	}

	/**
	 * {@code fit ROWS.tsv... [--out=ranking-model.properties] [--threshold=T]}: each file
	 * holds the rows of one knowledge base, and its name (without {@code .tsv}) prefixes
	 * its sets' names. With a threshold, the figures are those at it (a deployment's
	 * setting) rather than at the best one for the first knowledge base.
	 */
	public static void main(String[] args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		List<RankingRows.Row> rows = new ArrayList<>();
		Path target = null;
		OptionalDouble threshold = OptionalDouble.empty();
		for (String arg : args) {
			if (arg.startsWith("--out=")) {
				target = Path.of(arg.substring("--out=".length()));
			}
			else if (arg.startsWith("--threshold=")) {
				threshold = OptionalDouble.of(Double.parseDouble(arg.substring("--threshold=".length())));
			}
			else {
				// The same set asked of another knowledge base is another set of
				// questions.
				String base = Path.of(arg).getFileName().toString().replaceFirst("\\.tsv$", "");
				RankingRows.read(Path.of(arg)).forEach(row -> rows.add(row.inBase(base)));
			}
		}
		if (rows.isEmpty()) {
			out.println("usage: java -jar wenzheng.jar fit ROWS.tsv... [--out=ranking-model.properties] [--threshold=T]"
					+ " (rows come from: java -jar wenzheng.jar eval SETS... --features=ROWS.tsv)");
			System.exit(2);
		}
		Result result = of(rows).fit(out, threshold);
		if (target != null) {
			write(target, result.model().toProperties(result.summary()));
			out.println("written " + target);
		}
	}

	static RankingFit of(List<RankingRows.Row> rows) {
		Map<String, Question> byQuestion = new LinkedHashMap<>();
		for (RankingRows.Row row : rows) {
			byQuestion.computeIfAbsent(row.question(),
					key -> new Question(row.set(), row.id(), row.answerable(), new ArrayList<>()));
			if (row.rank() > 0) {
				byQuestion.get(row.question()).rows().add(row);
			}
		}
		return new RankingFit(List.copyOf(byQuestion.values()));
	}

	/**
	 * The fitted model and a summary of its cross-validated figures.
	 */
	record Result(RankingModel model, String summary) {
	}

	Result fit(PrintStream out, OptionalDouble fixedThreshold) {
		double bestObjective = -1;
		double bestPenalty = PENALTIES[0];
		double[] bestHeldOut = null;
		for (double penalty : PENALTIES) {
			double[] heldOut = heldOutTopScores(penalty);
			double threshold = bestThreshold(heldOut, "");
			double objective = objective(heldOut, threshold, "");
			out.printf(Locale.ROOT, "penalty %5.1f: cross-validated objective %.3f at threshold %.2f%n", penalty,
					objective, threshold);
			if (objective > bestObjective) {
				bestObjective = objective;
				bestPenalty = penalty;
				bestHeldOut = heldOut;
			}
		}
		// The threshold is a setting of a deployment: the one recommended is that of the
		// first knowledge base (the default one); the others are reported.
		String defaultBase = this.questions.get(0).base();
		double threshold = fixedThreshold.orElse(bestThreshold(bestHeldOut, defaultBase));
		RankingModel model = fit(this.questions, bestPenalty, threshold);
		double[] inSample = topScores(model, this.questions);
		StringBuilder summary = new StringBuilder();
		summary.append(String.format(Locale.ROOT,
				"Ranking model fitted by `java -jar wenzheng.jar fit` on %d questions (%d candidate rows), L2 penalty %.1f, "
						+ "threshold %.2f.%n",
				this.questions.size(), this.questions.stream().mapToInt(q -> q.rows().size()).sum(), bestPenalty,
				threshold));
		summary.append("best threshold by knowledge base (held-out):");
		for (String base : this.questions.stream().map(Question::base).distinct().toList()) {
			summary.append(String.format(Locale.ROOT, " %s %.2f", base, bestThreshold(bestHeldOut, base)));
		}
		summary.append(String.format("%n%d-fold cross-validation by question (held-out / in-sample):%n", FOLDS));
		summary.append(String.format("%-32s %-14s %-14s %s%n", "set", "answerable", "unanswerable",
				"right clause first, held-out (of those with one; order before)"));
		for (String set : sets()) {
			summary.append(String.format(Locale.ROOT, "%-32s %-14s %-14s %s%n", set,
					figure(bestHeldOut, inSample, threshold, set, true),
					figure(bestHeldOut, inSample, threshold, set, false), firstPlace(bestHeldOut, set)));
		}
		summary.append("weights (rank / confidence):");
		for (RankingFeature feature : RankingFeature.values()) {
			summary.append(String.format(Locale.ROOT, " %s %.2f/%.2f", feature.key(), model.rank()[feature.ordinal()],
					model.confidence()[feature.ordinal()]));
		}
		summary.append(String.format(Locale.ROOT, " lead -/%.2f intercept -/%.2f", model.lead(), model.intercept()));
		out.println(summary);
		return new Result(model, summary.toString());
	}

	/**
	 * Fits the ranking on the questions with a right candidate, then the confidence on
	 * every question's first candidate by that ranking.
	 */
	private static RankingModel fit(List<Question> questions, double penalty, double threshold) {
		List<double[][]> groups = new ArrayList<>();
		List<boolean[]> right = new ArrayList<>();
		for (Question question : questions) {
			if (question.rows().size() > 1 && question.rows().stream().anyMatch(RankingRows.Row::label)) {
				groups.add(question.rows().stream().map(RankingRows.Row::features).toArray(double[][]::new));
				boolean[] labels = new boolean[question.rows().size()];
				for (int i = 0; i < labels.length; i++) {
					labels[i] = question.rows().get(i).label();
				}
				right.add(labels);
			}
		}
		double[] rank = ConditionalLogit.fit(groups, right, penalty);
		int features = RankingFeature.values().length;
		RankingModel ranking = new RankingModel(rank, 0, new double[features], 0, threshold);
		List<double[]> x = new ArrayList<>();
		List<Double> y = new ArrayList<>();
		for (Question question : questions) {
			Top top = top(ranking, question);
			if (top != null) {
				double[] row = Arrays.copyOf(top.row().features(), features + 1);
				row[features] = top.lead();
				x.add(row);
				y.add(top.row().label() ? 1.0 : 0.0);
			}
		}
		double[] w = LogisticRegression.fit(x.toArray(double[][]::new),
				y.stream().mapToDouble(Double::doubleValue).toArray(), penalty);
		double[] confidence = Arrays.copyOfRange(w, 1, features + 1);
		return new RankingModel(rank, w[0], confidence, w[features + 1], threshold);
	}

	/**
	 * The first candidate by the model's ranking, with its lead over the best one giving
	 * another answer, as answering reads it.
	 */
	private static Top top(RankingModel model, Question question) {
		List<RankingRows.Row> rows = question.rows();
		double[] scores = rows.stream().mapToDouble(row -> model.score(row.features())).toArray();
		int first = -1;
		for (int i = 0; i < scores.length; i++) {
			if (first < 0 || scores[i] > scores[first]) {
				first = i;
			}
		}
		if (first < 0) {
			return null;
		}
		Set<Integer> sameAnswer = rows.get(first).sameAnswerAs();
		double second = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < scores.length; i++) {
			if (i != first && !sameAnswer.contains(rows.get(i).rank())) {
				second = Math.max(second, scores[i]);
			}
		}
		return new Top(rows.get(first),
				second == Double.NEGATIVE_INFINITY ? 1 : RankingModel.lead(scores[first], second));
	}

	private record Top(RankingRows.Row row, double lead) {
	}

	private List<String> sets() {
		return this.questions.stream().map(Question::set).distinct().toList();
	}

	/**
	 * For every question, the confidence in its first candidate and whether that
	 * candidate is right, encoded as confidence (right) or -1 - confidence (wrong), by a
	 * model that did not see the question; NaN for a question without candidates.
	 */
	private double[] heldOutTopScores(double penalty) {
		double[] top = new double[this.questions.size()];
		for (int fold = 0; fold < FOLDS; fold++) {
			List<Question> training = new ArrayList<>();
			for (Question question : this.questions) {
				if (question.fold() != fold) {
					training.add(question);
				}
			}
			RankingModel model = fit(training, penalty, 0.5);
			for (int i = 0; i < this.questions.size(); i++) {
				if (this.questions.get(i).fold() == fold) {
					top[i] = topScore(model, this.questions.get(i));
				}
			}
		}
		return top;
	}

	private static double[] topScores(RankingModel model, List<Question> questions) {
		return questions.stream().mapToDouble(question -> topScore(model, question)).toArray();
	}

	private static double topScore(RankingModel model, Question question) {
		Top top = top(model, question);
		if (top == null) {
			return Double.NaN;
		}
		double confidence = model.confidence(top.row().features(), top.lead());
		return top.row().label() ? confidence : -1 - confidence;
	}

	/**
	 * The threshold with the best objective over the sets of one knowledge base (all, for
	 * {@code ""}).
	 */
	private double bestThreshold(double[] top, String base) {
		double best = -1;
		double chosen = 0.5;
		for (int step = 1; step < 100; step++) {
			double threshold = step / 100.0;
			double objective = objective(top, threshold, base);
			if (objective > best) {
				best = objective;
				chosen = threshold;
			}
		}
		return chosen;
	}

	/**
	 * The mean, over the sets of a knowledge base (all, for {@code ""}), of answerable
	 * and unanswerable accuracy (those a set has).
	 */
	private double objective(double[] top, double threshold, String base) {
		double sum = 0;
		int count = 0;
		for (String set : sets()) {
			if (!set.startsWith(base)) {
				continue;
			}
			for (boolean answerable : new boolean[] { true, false }) {
				double accuracy = accuracy(top, threshold, set, answerable);
				if (!Double.isNaN(accuracy)) {
					sum += accuracy;
					count++;
				}
			}
		}
		return count == 0 ? 0 : sum / count;
	}

	private static boolean isRight(double score, double threshold, boolean answerable) {
		boolean answers = !Double.isNaN(score) && probability(score) >= threshold;
		return answerable ? answers && score >= 0 : !answers;
	}

	private double accuracy(double[] top, double threshold, String set, boolean answerable) {
		int total = 0;
		int right = 0;
		for (int i = 0; i < this.questions.size(); i++) {
			Question question = this.questions.get(i);
			if (!question.set().equals(set) || question.answerable() != answerable) {
				continue;
			}
			total++;
			right += isRight(top[i], threshold, answerable) ? 1 : 0;
		}
		return total == 0 ? Double.NaN : (double) right / total;
	}

	private static double probability(double score) {
		return score >= 0 ? score : -1 - score;
	}

	private String figure(double[] heldOut, double[] inSample, double threshold, String set, boolean answerable) {
		double out = accuracy(heldOut, threshold, set, answerable);
		if (Double.isNaN(out)) {
			return "-";
		}
		return String.format(Locale.ROOT, "%.2f / %.2f", out, accuracy(inSample, threshold, set, answerable));
	}

	/**
	 * Of the answerable questions with a right candidate anywhere, the share whose first
	 * candidate is right (held out), beside the share for the order the rows came in.
	 */
	private String firstPlace(double[] heldOut, String set) {
		int retrievable = 0;
		int first = 0;
		int firstBefore = 0;
		for (int i = 0; i < this.questions.size(); i++) {
			Question question = this.questions.get(i);
			if (!question.set().equals(set) || !question.answerable()
					|| question.rows().stream().noneMatch(RankingRows.Row::label)) {
				continue;
			}
			retrievable++;
			first += heldOut[i] >= 0 ? 1 : 0;
			firstBefore += question.rows().stream().anyMatch(row -> row.rank() == 1 && row.label()) ? 1 : 0;
		}
		return retrievable == 0 ? "-"
				: String.format(Locale.ROOT, "%d / %d (rows' own order: %d)", first, retrievable, firstBefore);
	}

	private static void write(Path target, String text) {
		try {
			Files.writeString(target, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + target, ex);
		}
	}

	private record Question(String set, String id, boolean answerable, List<RankingRows.Row> rows) {

		/** The knowledge base the question was asked of: its set's prefix. */
		String base() {
			int colon = this.set.indexOf(':');
			return colon < 0 ? "" : this.set.substring(0, colon);
		}

		/** A fold fixed by the question itself, so that refits split alike. */
		int fold() {
			return Math.floorMod((this.set + "\t" + this.id).hashCode(), FOLDS);
		}

	}

}
