package wenzheng.index.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import wenzheng.knowledge.WordKinds;

/**
 * A limit the citizen asks for ("最长能签多少年", "至少几次", "最低不能低于百分之几"). Rules state a limit as
 * a bound ("不得超过二十年", "不少于1次", "不低于工资的百分之一百五十") in words the question does not use, and a
 * question's "最长" otherwise leaves only "长" to find them by.
 */
enum AskedBound {

	UPPER("最多|最长|最高|最大", "超过", "最多|最长|最久|最高|最大|上限|封顶", "不得超过", "不超过", "不能超过", "不应超过", "不多于", "不得多于", "最长", "最多", "最高",
			"上限", "封顶"),

	LOWER("最少|最低|至少", "低于|少于", "最少|最低|至少|起码|下限|保底", "不低于", "不少于", "不得低于", "不得少于", "不应低于", "不应少于", "至少", "最少", "最低",
			"下限", "起码");

	/** What may not be crossed, in a question that asks for the bound ("最多不能超过"). */
	private static final String MUST_NOT = "(?:不能|不得|不可以|不可|不应|不准|不许|不)";

	/**
	 * A figure asked: "最高的" alone is a superlative ("采购量最大的是什么"), a limit only when its
	 * amount is what is wanted.
	 */
	private static final Pattern FIGURE_ASKED = Pattern.compile("多少|几|多久|多长|多大|多高|多快|什么标准|啥标准|哪个标准");

	private final Pattern asked;

	private final List<String> stated;

	/**
	 * @param superlatives the words that may stand before "may not cross" ("最多不能超过")
	 * @param crossed what may not be crossed ("超过", "低于")
	 * @param words the words that ask for the bound on their own
	 * @param stated the words a rule states the bound in
	 */
	AskedBound(String superlatives, String crossed, String words, String... stated) {
		this.asked = Pattern.compile("(?:" + superlatives + ")?" + MUST_NOT + "(?:" + crossed + ")|" + words);
		this.stated = List.of(stated);
	}

	/**
	 * The limits a question asks for, where its text says so.
	 */
	static List<Match> find(String question) {
		if (!FIGURE_ASKED.matcher(question).find()) {
			return List.of();
		}
		List<Match> matches = new ArrayList<>();
		for (AskedBound bound : values()) {
			Matcher matcher = bound.asked.matcher(question);
			while (matcher.find()) {
				if (isSuperlative(matcher.group()) && beginsNoun(question, matcher.end())) {
					continue;
				}
				Set<String> forms = new LinkedHashSet<>(bound.stated);
				forms.add(matcher.group());
				matches.add(new Match(matcher.start(), matcher.end(), matcher.group(), forms));
			}
		}
		return matches;
	}

	private static boolean isSuperlative(String word) {
		return word.length() == 2 && word.charAt(0) == '最';
	}

	/**
	 * Whether a noun follows a superlative: "最低" then names a figure of its own
	 * ("最低工资是多少", "最高人民法院"), which is the subject, not a limit asked of one.
	 */
	private static boolean beginsNoun(String text, int at) {
		if (at + 2 > text.length()) {
			return false;
		}
		String next = text.substring(at, at + 2);
		return WordKinds.isDictionaryWord(next) && WordKinds.isNoun(next);
	}

	/**
	 * A limit asked: where the question says it and the words a clause states it in.
	 */
	record Match(int start, int end, String word, Set<String> forms) {
	}

}
