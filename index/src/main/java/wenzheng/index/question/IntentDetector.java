package wenzheng.index.question;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the kind of fact a question asks for from its question words. The first
 * matching rule wins, so more specific phrasings come first ("多久一次" is a frequency, "多久"
 * a deadline).
 */
public final class IntentDetector {

	/**
	 * A yes/no question: "是否", "…吗", any "A不A" ("能不能", "支不支持", "管不管"), and a question
	 * ending in "不", "没" or "吧" ("能留言不？", "交了没？", "就不用公示了吧？"), also where a comma follows
	 * it, as when the asking phrases of a sentence are read joined by commas.
	 */
	public static final Pattern YES_OR_NO = Pattern.compile("可以吗|有没有|是否|能否|吗|(\\p{IsHan})不\\1|[不没吧](?=[？?，]|$)");

	/**
	 * Who is responsible: "谁", "牵头单位", and "which" or "what" before any word for a unit
	 * ("哪个部门", "什么机构", "哪个科室", "啥局"), not before a word that only starts like one
	 * ("什么处罚", "哪个科目", "什么局面").
	 */
	public static final Pattern ASKS_UNIT = Pattern
		.compile("谁|哪家|由哪|归哪|牵头单位|牵头部门|责任单位|哪[两俩二三四五六七八九十几]+(家|处(?![罚理置分])|个?(部门|单位|处室|科室))|"
				+ "(?:哪个|哪些|哪几个|哪一个|什么|啥)(?:部门|单位|机构|处室|科室|部室|委员会|处(?![罚理置分])|科(?![目技学研普])|局(?![面限势]))");

	/**
	 * When something is due, or whether it is or was on time: "多久", "什么时候", "期限", "最晚",
	 * "几月", "按时", "超期", "超时", "来不及", "拖到". A question using one asks about a deadline,
	 * which only a date or a period answers.
	 */
	public static final String ASKS_WHEN = "多久|多长时间|什么时候|啥时候|何时|什么时间|啥时间|期限|时限|截止|最晚|最迟|几月|"
			+ "按时|超期|超时|逾期|过期|误期|来得及|来不及|晚了|拖到";

	private record Rule(Intent intent, Pattern pattern) {
	}

	private static final List<Rule> RULES = List.of(new Rule(Intent.RESPONSIBLE, ASKS_UNIT),
			new Rule(Intent.QUANTITY,
					Pattern.compile("多久.{0,6}一次|隔多久|多长时间.{0,6}一次|频率|几次|几回|(?<!哪)几个(?!工作日|月|小时)|多少个(?!工作日|月|小时)|"
							+ "多少(?!个|天|月|时间|工作日|小时)(?=\\p{IsHan})|(?<!哪)几项|(?<!哪)几种|比例|几年")),
			new Rule(Intent.DEADLINE, Pattern.compile("多快(?!速)|几天|多少天|几个工作日|多少个工作日|哪天|日内|前完成|" + ASKS_WHEN)),
			new Rule(Intent.PLACE,
					Pattern.compile(
							"在哪|哪里|哪儿|什么地方|啥地方|什么平台|哪个平台|什么渠道|哪些渠道|啥渠道|哪个栏目|什么栏目|什么途径|哪些途径|上哪|去哪|" + "通过什么|哪个专区|什么专区")),
			new Rule(Intent.LIST, Pattern.compile("哪些|哪几(?!步)|什么内容|包括什么|包括哪|有什么|有啥|都有|什么信息|哪类|哪方面")),
			new Rule(Intent.PROCEDURE,
					Pattern.compile("怎么办|如何|怎样|怎么|咋|流程|步骤|程序|手续|几步(?!行)|(什么|啥|哪种|何种)(办法|方法|方式|手段|措施|招|法子|路子)")),
			new Rule(Intent.YES_NO, YES_OR_NO));

	public Intent detect(String text) {
		for (Rule rule : RULES) {
			if (rule.pattern().matcher(text).find()) {
				return rule.intent();
			}
		}
		return Intent.GENERAL;
	}

}
