package wenzheng.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Replies to greetings, thanks, farewells and questions about the bot itself, and
 * recognises messages with no words at all (emoji, punctuation). Only short messages
 * count: "你好，我想问…" is a question, not a greeting.
 */
@Component
class SmallTalk {

	static final String HELP = "我是政策问答助手，可以根据已公开的政策文件回答问题并注明出处，例如“某类信息多久要公开”“某项工作由哪个部门牵头”。"
			+ "我答不了的问题会转给热线工作人员处理。请直接输入您的问题。";

	static final String OUT_OF_SCOPE = "抱歉，这个问题不在我能回答的政策范围内。我可以回答政策文件中的问题，例如信息公开的时限、负责部门等。" + "如需人工帮助，请发送“转人工”。";

	private static final int MAX_LENGTH = 16;

	private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}\\p{IsPunctuation}～~！？。，、…]+");

	private static final Pattern LETTERS = Pattern.compile("[\\p{IsHan}\\p{IsAlphabetic}\\p{IsDigit}]");

	/** Sums and other calculations ("1+1等于几"), which no policy answers. */
	private static final Pattern CALCULATION = Pattern.compile(
			"\\s*[0-9０-９.]+\\s*([+\\-*/×÷＋－xX]|加|减|乘以?|除以?)\\s*[0-9０-９.]+\\s*(=|＝|等于|是)?\\s*(几|多少)?\\s*[?？=＝]?\\s*");

	private record Rule(Pattern pattern, String reply) {

		boolean matches(String text) {
			return this.pattern.matcher(text).matches();
		}

	}

	private static final String BOT = "(机器人|聊天机器人|问答机器人|智能助手|小助手|ai助手)";

	private static final List<Rule> RULES = List.of(
			new Rule(Pattern.compile("^(你好|您好|哈喽|嗨|hi|hello|hey|在吗|在不在|早上好|上午好|中午好|下午好|晚上好|早安|晚安|有人吗)+(呀|啊|哦|呢)?$",
					Pattern.CASE_INSENSITIVE), "您好！" + HELP),
			new Rule(Pattern.compile(
					"^(谢谢|多谢|感谢|非常感谢|十分感谢|太感谢了|辛苦了|thanks|thankyou|thx)+(你|您)?们?(的)?(帮助|帮忙|解答|回答|回复|耐心解答)?(啦|了|哈|呀)?$",
					Pattern.CASE_INSENSITIVE), "不客气！还有其他政策问题可以继续问我。"),
			new Rule(Pattern.compile("^(再见|拜拜|bye|goodbye|回头见)+$", Pattern.CASE_INSENSITIVE), "再见，祝您生活愉快！"),
			new Rule(Pattern.compile("^(你是谁|你叫什么|你叫什么名字|你是机器人吗|你是人吗|你能做什么|你会什么|你能干什么|你有什么用|怎么用|帮助|help)(呀|啊|呢)?$",
					Pattern.CASE_INSENSITIVE), HELP),
			// Questions about the bot itself ("你们这个机器人是用什么技术做的", "机器人能听懂方言吗"): no
			// policy says. A bare 机器人 followed by a noun ("机器人产业补贴") is a policy
			// question.
			new Rule(Pattern.compile("^((你|你们)(这个|这)?|这个|这)" + BOT + ".*$", Pattern.CASE_INSENSITIVE), HELP),
			new Rule(Pattern.compile("^" + BOT + "(你)?(能|会|是|可以|可不可以|能不能|会不会|叫|怎么|为什么|靠谱|准|懂|听得懂|看得懂).*$",
					Pattern.CASE_INSENSITIVE), HELP),
			new Rule(Pattern.compile("^(好的|好|嗯|嗯嗯|哦|噢|明白了|知道了|ok|okay|收到)+$", Pattern.CASE_INSENSITIVE),
					"好的。还有其他问题可以继续问我。"));

	Optional<String> reply(String message) {
		String compact = NOISE.matcher(message).replaceAll("");
		if (!LETTERS.matcher(message).find()) {
			return Optional.of("您好！" + HELP);
		}
		if (compact.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		if (CALCULATION.matcher(message).matches()) {
			return Optional.of(OUT_OF_SCOPE);
		}
		// "好的，谢谢！" and "谢谢，再见": small talk when every part of it is.
		List<String> parts = NOISE.splitAsStream(message).filter(part -> !part.isEmpty()).toList();
		boolean allSmallTalk = parts.stream().allMatch(part -> RULES.stream().anyMatch(rule -> rule.matches(part)));
		return RULES.stream()
			.filter(rule -> rule.matches(compact) || allSmallTalk && parts.stream().anyMatch(rule::matches))
			.map(Rule::reply)
			.findFirst();
	}

}
