package wenzheng.index.answer;

import java.util.regex.Pattern;

/**
 * The law, the state or policy named as where the answer stands ("法律上", "法律规定", "按国家规定"),
 * not as what is asked about: every article of a base of laws is law, and the word would
 * draw the clauses that say "受法律保护" or "依法承担法律责任".
 */
final class CitedSource {

	private static final Pattern CITED = Pattern.compile("(?:按照?|根据|依照|依据)?(?:法律|国家|法规|政策)(?:上|规定|里)的?");

	private CitedSource() {
	}

	/**
	 * The text with each source it cites blanked.
	 */
	static String blank(String text) {
		return CITED.matcher(text).replaceAll(" ");
	}

}
