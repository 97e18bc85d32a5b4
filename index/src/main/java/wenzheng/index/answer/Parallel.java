package wenzheng.index.answer;

import java.util.Arrays;

/**
 * Whether two clause texts say much the same thing, as the same task does in two places'
 * work plans: they share a good part of their character pairs.
 */
final class Parallel {

	static final double MIN_SHARED = 0.25;

	/** The distinct pairs of ideographs of a text, each as one int, in order. */
	private final int[] pairs;

	private Parallel(int[] pairs) {
		this.pairs = pairs;
	}

	/**
	 * A text read once to be compared with many: with a large knowledge base a clause is
	 * compared with dozens of other places' clauses per question.
	 */
	static Parallel of(String text) {
		int[] pairs = new int[Math.max(text.length() - 1, 0)];
		int count = 0;
		for (int i = 0; i + 1 < text.length(); i++) {
			if (Character.isIdeographic(text.charAt(i)) && Character.isIdeographic(text.charAt(i + 1))) {
				pairs[count++] = text.charAt(i) << 16 | text.charAt(i + 1);
			}
		}
		return new Parallel(Arrays.stream(pairs, 0, count).sorted().distinct().toArray());
	}

	/**
	 * Whether the texts share at least {@link #MIN_SHARED} of the pairs of the shorter.
	 */
	boolean says(Parallel other) {
		if (this.pairs.length == 0 || other.pairs.length == 0) {
			return false;
		}
		int shared = 0;
		for (int i = 0, j = 0; i < this.pairs.length && j < other.pairs.length;) {
			int order = Integer.compare(this.pairs[i], other.pairs[j]);
			if (order == 0) {
				shared++;
			}
			i += order <= 0 ? 1 : 0;
			j += order >= 0 ? 1 : 0;
		}
		return (double) shared / Math.min(this.pairs.length, other.pairs.length) >= MIN_SHARED;
	}

}
