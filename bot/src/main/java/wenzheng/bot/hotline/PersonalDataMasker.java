package wenzheng.bot.hotline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data before a text is published: ID card numbers, bank card numbers,
 * mobile and landline numbers, e-mail addresses, and the name a citizen gives after
 * 我叫/本人/我是. Digits are matched whether written half- or full-width, with spaces or
 * hyphens between groups.
 */
public final class PersonalDataMasker {

	private static final String D = "[0-9０-９]";

	private static final String SEP = "[\\s\\-－]?";

	/**
	 * Not part of a code such as a ticket number (RX-20261123-0007) or a longer number.
	 */
	private static final String START = "(?<![0-9０-９A-Za-z\\-])";

	/**
	 * The order matters: longer numbers first, so a card number is not taken for a phone.
	 */
	private static final List<Rule> RULES = List.of(
			new Rule(Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}"), "[邮箱已隐去]"),
			new Rule(Pattern.compile("(?<![0-9０-９])" + D + "{6}" + SEP + "(?:19|20|１９|２０)" + D + "{2}" + SEP + D + "{4}"
					+ SEP + D + "{3}[0-9０-９XxＸｘ](?![0-9０-９])"), "[身份证号已隐去]"),
			new Rule(Pattern.compile("(?<![0-9０-９])(?:" + D + "{4}" + SEP + "){3}" + D + "{4,7}(?![0-9０-９])"),
					"[卡号已隐去]"),
			new Rule(Pattern.compile("(?<![0-9０-９])(?:\\+?86" + SEP + ")?[1１][3-9３-９]" + D + SEP + D + "{4}" + SEP + D
					+ "{4}(?![0-9０-９])"), "[电话已隐去]"),
			new Rule(Pattern.compile(START + "(?:[(（]?[0０]" + D + "{2,3}[)）]?" + SEP + ")?" + D + "{7,8}" + "(?:" + SEP
					+ "(?:转|ext\\.?)" + D + "{1,5})?(?![0-9０-９])"), "[电话已隐去]"),
			new Rule(Pattern
				.compile("(?<=我叫|本人叫|本人是|本人|我的名字是|我是|姓名[:：]?)\\s*\\p{IsHan}{2,3}(?=[，,。\\s、；;！!]|$|住|家住|今年|电话|手机|身份证)"),
					"[姓名已隐去]"));

	private PersonalDataMasker() {
	}

	public static String mask(String text) {
		if (text == null) {
			return null;
		}
		String masked = text;
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern().matcher(masked);
			masked = matcher.replaceAll(Matcher.quoteReplacement(rule.replacement()));
		}
		return masked;
	}

	private record Rule(Pattern pattern, String replacement) {
	}

}
