package wenzheng.index.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The learned ranking and confidence. Candidates are ordered by a linear score of their
 * {@link RankingFeature features} (a conditional logit: only differences between the
 * candidates of one question count); the confidence that the first one answers is a
 * logistic function of its features and of its lead over the second. The weights are data
 * ({@code ranking-model.properties}), fitted by the {@code fit} command on the pooled
 * development sets, never set by hand.
 *
 * @param rank the ranking weight of each feature, in {@link RankingFeature} order
 * @param intercept the confidence's bias
 * @param confidence the confidence weight of each feature of the first candidate
 * @param lead the confidence weight of the first candidate's lead over the second
 * @param threshold the confidence below which the fit recommends handing off
 */
public record RankingModel(double[] rank, double intercept, double[] confidence, double lead, double threshold) {

	private static final String RESOURCE = "ranking-model.properties";

	private static final String SEMANTIC_RESOURCE = "ranking-model-semantic.properties";

	private static final RankingModel BUNDLED = read(RankingModel.class.getResourceAsStream(RESOURCE));

	private static final RankingModel BUNDLED_SEMANTIC = read(
			RankingModel.class.getResourceAsStream(SEMANTIC_RESOURCE));

	public RankingModel {
		int features = RankingFeature.values().length;
		if (rank.length != features || confidence.length != features) {
			throw new IllegalArgumentException(
					"the model needs %d weights for ranking and for confidence, not %d and %d".formatted(features,
							rank.length, confidence.length));
		}
		rank = rank.clone();
		confidence = confidence.clone();
	}

	/**
	 * The model shipped with the application.
	 */
	public static RankingModel bundled() {
		return BUNDLED;
	}

	/**
	 * The model shipped for answering with the semantic reading on, fitted on rows that
	 * hold the cosine features.
	 */
	public static RankingModel bundledSemantic() {
		return BUNDLED_SEMANTIC;
	}

	/**
	 * Reads a model file: {@code rank.<feature>}, {@code confidence.<feature>},
	 * {@code confidence.intercept}, {@code confidence.lead} and {@code threshold}; a
	 * weight the file does not name is 0.
	 * @throws IllegalArgumentException when a value is not a number
	 */
	public static RankingModel read(InputStream in) {
		if (in == null) {
			throw new IllegalStateException("A ranking model is missing from the class path");
		}
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the ranking model", ex);
		}
		double[] rank = new double[RankingFeature.values().length];
		double[] confidence = new double[rank.length];
		for (RankingFeature feature : RankingFeature.values()) {
			rank[feature.ordinal()] = number(properties, "rank." + feature.key(), 0);
			confidence[feature.ordinal()] = number(properties, "confidence." + feature.key(), 0);
		}
		return new RankingModel(rank, number(properties, "confidence.intercept", 0), confidence,
				number(properties, "confidence.lead", 0), number(properties, "threshold", 0.5));
	}

	private static double number(Properties properties, String key, double absent) {
		String value = properties.getProperty(key);
		if (value == null) {
			return absent;
		}
		try {
			return Double.parseDouble(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("ranking model: " + key + " is not a number: " + value);
		}
	}

	/**
	 * The ranking score of a candidate: higher ranks first.
	 */
	public double score(double[] features) {
		double z = 0;
		for (int i = 0; i < this.rank.length; i++) {
			z += this.rank[i] * features[i];
		}
		return z;
	}

	/**
	 * The lead of the first candidate over the second, 0 to 1, from their scores.
	 */
	public static double lead(double first, double second) {
		return Math.tanh(Math.max(0, first - second));
	}

	/**
	 * The probability that the first candidate answers the question.
	 * @param features the first candidate's features
	 * @param lead its {@link #lead} over the second (1 when it is alone)
	 */
	public double confidence(double[] features, double lead) {
		double z = this.intercept + this.lead * lead;
		for (int i = 0; i < this.confidence.length; i++) {
			z += this.confidence[i] * features[i];
		}
		return 1 / (1 + Math.exp(-z));
	}

	/**
	 * The model as its file says it, with a comment heading the file.
	 */
	public String toProperties(String comment) {
		StringBuilder text = new StringBuilder();
		comment.lines().forEach(line -> text.append("# ").append(line).append('\n'));
		text.append("threshold=").append(round(this.threshold)).append('\n');
		appendWeights(text, "rank.", this.rank);
		text.append("confidence.intercept=").append(round(this.intercept)).append('\n');
		text.append("confidence.lead=").append(round(this.lead)).append('\n');
		appendWeights(text, "confidence.", this.confidence);
		return text.toString();
	}

	private static void appendWeights(StringBuilder text, String prefix, double[] weights) {
		for (RankingFeature feature : RankingFeature.values()) {
			text.append(prefix)
				.append(feature.key())
				.append('=')
				.append(round(weights[feature.ordinal()]))
				.append('\n');
		}
	}

	private static String round(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}

}
