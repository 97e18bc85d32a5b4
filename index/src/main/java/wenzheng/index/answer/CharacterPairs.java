package wenzheng.index.answer;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The distinct pairs of adjacent characters of a text, each as one number, in ascending
 * order: a text read once to be compared with many others by the pairs they share. This
 * runs for the first candidates of every question, so no strings are made.
 */
final class CharacterPairs {

	private final int[] pairs;

	private CharacterPairs(int[] pairs) {
		this.pairs = pairs;
	}

	/**
	 * The pairs of adjacent characters of the text that both count.
	 */
	static CharacterPairs of(String text, IntPredicate counts) {
		int[] pairs = new int[Math.max(0, text.length() - 1)];
		int count = 0;
		for (int i = 0; i + 1 < text.length(); i++) {
			char first = text.charAt(i);
			char second = text.charAt(i + 1);
			if (counts.test(first) && counts.test(second)) {
				pairs[count++] = first << 16 | second;
			}
		}
		return new CharacterPairs(Arrays.stream(pairs, 0, count).sorted().distinct().toArray());
	}

	/**
	 * Whether the two share at least the given share of the pairs of the one with fewer;
	 * never when either has none.
	 */
	boolean shareAtLeast(CharacterPairs other, double share) {
		if (this.pairs.length == 0 || other.pairs.length == 0) {
			return false;
		}
		return shared(other) >= share * Math.min(this.pairs.length, other.pairs.length);
	}

	/** How many pairs the two hold both: one walk along the two ascending arrays. */
	private int shared(CharacterPairs other) {
		int shared = 0;
		int i = 0;
		int j = 0;
		while (i < this.pairs.length && j < other.pairs.length) {
			int order = Integer.compare(this.pairs[i], other.pairs[j]);
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
