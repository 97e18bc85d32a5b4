package wenzheng.knowledge.segment;

/**
 * Joins the pieces of a line broken by extraction: Chinese text joins directly, Latin
 * words and numbers keep a space between them.
 */
final class TextJoiner {

	private TextJoiner() {
	}

	static void append(StringBuilder target, String piece) {
		if (piece.isEmpty()) {
			return;
		}
		if (!target.isEmpty() && isLatin(target.charAt(target.length() - 1)) && isLatin(piece.charAt(0))) {
			target.append(' ');
		}
		target.append(piece);
	}

	private static boolean isLatin(char c) {
		return c < 0x2E80 && Character.isLetterOrDigit(c);
	}

}
