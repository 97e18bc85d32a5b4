package wenzheng.bot.hotline;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data before a text is published: ID card numbers (18 and 15 digits),
 * bank card numbers, mobile and landline numbers, e-mail addresses, and the name a
 * citizen gives (after 我叫/本人/我是/联系人, or a surname with 先生/女士) wherever it recurs. Digits
 * are matched whether written half- or full-width, with spaces, dashes, dots, slashes or
 * underscores between groups.
 */
public final class PersonalDataMasker {

	private static final String D = "[0-9０-９]";

	/**
	 * One separator citizens put inside numbers: spaces, hyphens and dashes, dots,
	 * slashes, underscores.
	 */
	private static final String SEP = "[\\s\\-－—–_./．／·]?";

	/**
	 * Not part of a code such as a ticket number (RX-20261123-0007) or a longer number.
	 */
	private static final String START = "(?<![0-9０-９A-Za-z\\-])";

	private static final String NAME = "\\p{IsHan}{2,5}";

	/**
	 * The order matters: longer numbers first, so a card number is not taken for a phone.
	 */
	private static final List<Rule> RULES = List
		.of(new Rule(Pattern.compile("[A-Za-z0-9._%+\\-]+[@＠][A-Za-z0-9.\\-]+[.．][A-Za-z]{2,}"), "[邮箱已隐去]"),
				new Rule(Pattern.compile("(?<![0-9０-９])" + D + "{6}" + SEP + "(?:19|20|１９|２０)" + D + "{2}" + SEP + D
						+ "{4}" + SEP + D + "{3}[0-9０-９XxＸｘ](?![0-9０-９])"), "[身份证号已隐去]"),
				new Rule(Pattern.compile("(?<![0-9０-９])(?:" + D + "{4}" + SEP + "){3}" + D + "{4,7}(?![0-9０-９])"),
						"[卡号已隐去]"),
				new Rule(
						Pattern.compile("(?<![0-9０-９])(?:(?:\\+|00)?86"
								+ SEP + ")?[1１][3-9３-９]" + D + SEP + D + "{4}" + SEP + D + "{4}(?![0-9０-９])"),
						"[电话已隐去]"),
				// The older 15-digit identity card, after mobiles: 0086 and a mobile are
				// 15 digits too.
				new Rule(Pattern.compile("(?<![0-9０-９])" + D + "{15}(?![0-9０-９])"), "[身份证号已隐去]"),
				new Rule(
						Pattern.compile(
								START + "(?:[(（]?[0０]" + D + "{2,3}[)）]?" + SEP + ")?(?:" + D + "{7,8}|" + D + "{3,4}"
										+ SEP + D + "{4})" + "(?:" + SEP + "(?:转|ext\\.?)" + D + "{1,5})?(?![0-9０-９])"),
						"[电话已隐去]"));

	/**
	 * A name the citizen gives: after 我叫, 本人, 我是, 联系人, 姓名, or a surname with 先生 or 女士.
	 * The name itself is group 1.
	 */
	private static final Pattern GIVEN_NAME = Pattern.compile("(?:我叫|本人叫|本人是|本人|我的名字是|我是|联系人[:：]?|姓名[:：]?)\\s*(" + NAME
			+ ")(?=[，,。\\s、；;！!]|$|住|家住|今年|电话|手机|身份证)|(\\p{IsHan}(?:先生|女士))");

	private static final String NAME_MASK = "[姓名已隐去]";

	/**
	 * What is not a name although it follows 我是 or 本人: words of a citizen describing
	 * themselves.
	 */
	private static final Set<String> NOT_NAMES = Set.of("居民", "市民", "村民", "业主", "家长", "学生", "老人", "退休", "党员", "个体",
			"企业", "职工", "教师", "农民", "群众", "租户", "患者", "本地", "外地", "网格员");

	private PersonalDataMasker() {
	}

	public static String mask(String text) {
		return mask(text, text);
	}

	/**
	 * Masks a text, and in it also the names a citizen gave in another text: the name in
	 * "我叫张三…" is masked where the staff reply says "张三您好".
	 * @param text what is shown
	 * @param namesFrom the citizen's own words, where names are given
	 */
	public static String mask(String text, String namesFrom) {
		if (text == null) {
			return null;
		}
		String masked = text;
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern().matcher(masked);
			masked = matcher.replaceAll(Matcher.quoteReplacement(rule.replacement()));
		}
		for (String name : givenNames(namesFrom == null ? "" : namesFrom)) {
			masked = masked.replace(name, NAME_MASK);
		}
		return masked;
	}

	/**
	 * The names a citizen gives in a text, longest first.
	 */
	static List<String> givenNames(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = GIVEN_NAME.matcher(text);
		while (matcher.find()) {
			String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
			if (!NOT_NAMES.contains(name) && NOT_NAMES.stream().noneMatch(name::startsWith)) {
				names.add(name);
			}
		}
		return names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

	private record Rule(Pattern pattern, String replacement) {
	}

}
