package wenzheng.index.answer;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Whether two clauses say the same thing. A large knowledge base says one rule many
 * times: a law, its implementing regulation and the local regulations that repeat it; a
 * notice and the news items that quote it. Two such clauses at the top of the ranking are
 * one answer, not two answers competing for the question.
 */
public final class Restatements {

	/**
	 * The share of the shorter clause's character pairs the longer one must hold.
	 * Measured on the development sets: at 0.4 and at 0.6 no unanswerable question got
	 * through, 0.4 kept more right answers (law questions 20 against 19, ncp 204 against
	 * 202).
	 */
	private static final double SHARED_PAIRS = 0.4;

	private Restatements() {
	}

	/**
	 * A clause's text read for comparing: read once, compared with each other candidate.
	 */
	public static Text of(String text) {
		return new Text(pairs(text));
	}

	/** A text's distinct character pairs. */
	public static final class Text {

		private final int[] pairs;

		private Text(int[] pairs) {
			this.pairs = pairs;
		}

		/**
		 * Whether one of the texts restates the other.
		 */
		public boolean restates(Text other) {
			if (this.pairs.length == 0 || other.pairs.length == 0) {
				return false;
			}
			return shared(this.pairs, other.pairs) >= SHARED_PAIRS * Math.min(this.pairs.length, other.pairs.length);
		}

	}

	/**
	 * The text's distinct character pairs, each as one number, in ascending order: this
	 * runs for the first candidates of every question, so no strings are made.
	 */
	private static int[] pairs(String text) {
		int[] pairs = new int[Math.max(0, text.length() - 1)];
		int count = 0;
		for (int i = 0; i + 1 < text.length(); i++) {
			char first = text.charAt(i);
			char second = text.charAt(i + 1);
			if (!Character.isWhitespace(first) && !Character.isWhitespace(second)) {
				pairs[count++] = first << 16 | second;
			}
		}
		return IntStream.of(Arrays.copyOf(pairs, count)).sorted().distinct().toArray();
	}

	/** How many numbers two ascending arrays share. */
	private static int shared(int[] first, int[] second) {
		int shared = 0;
		int i = 0;
		int j = 0;
		while (i < first.length && j < second.length) {
			int order = Integer.compare(first[i], second[j]);
			if (order == 0) {
				shared++;
			}
			if (order <= 0) {
				i++;
			}
			if (order >= 0) {
				j++;
			}
		}
		return shared;
	}

}
