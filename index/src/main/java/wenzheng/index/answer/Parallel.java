package wenzheng.index.answer;

/**
 * Whether two clause texts say much the same thing, as the same task does in two places'
 * work plans: they share a good part of their pairs of ideographs.
 */
final class Parallel {

	static final double MIN_SHARED = 0.25;

	private final CharacterPairs pairs;

	private Parallel(CharacterPairs pairs) {
		this.pairs = pairs;
	}

	/**
	 * A text read once to be compared with many: with a large knowledge base a clause is
	 * compared with dozens of other places' clauses per question.
	 */
	static Parallel of(String text) {
		return new Parallel(CharacterPairs.of(text, Character::isIdeographic));
	}

	/**
	 * Whether the texts share at least {@link #MIN_SHARED} of the pairs of the shorter.
	 */
	boolean says(Parallel other) {
		return this.pairs.shareAtLeast(other.pairs, MIN_SHARED);
	}

}
