package wenzheng.bot.conversation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import wenzheng.index.question.QuestionReader;
import wenzheng.knowledge.WordList;

/**
 * Whether a citizen asks for a person to act on their own case (complain, report, chase,
 * book, look into what happened to them) or makes a suggestion, rather than asks what a
 * policy says: such a message goes straight to the hotline.
 */
final class PersonRequest {

	private static final List<Pattern> PHRASES = patterns("handoff-phrases.txt");

	private static final List<Pattern> DECLARATIONS = patterns("handoff-declarations.txt");

	private static final List<Pattern> GRIEVANCES = patterns("handoff-grievances.txt");

	/**
	 * A sentence asking the bot to act ("我的申请编号是…，麻烦帮我查一下。", "请帮我跟单位反映。"): a request,
	 * though it ends without a question mark and so is no part of the question read.
	 */
	private static final Pattern REQUEST = Pattern.compile("[^。！!？?；;\\n]*(麻烦|劳驾|拜托|请(?!问))(你们?|您)?帮[^。！!？?；;\\n]*");

	private PersonRequest() {
	}

	/**
	 * @param message the whole message, where a declaration ("我要投诉") counts anywhere, and
	 * a grievance ("留言半个月没人回") when nothing in it asks
	 * @param askingPart the sentences of the message that ask, where the other phrases
	 * count, with its requests ({@link #REQUEST}): "孩子没空帮我找" in a story is no request
	 */
	static boolean isMadeIn(String message, String askingPart) {
		String said = inStandardWords(message);
		return matches(DECLARATIONS, said) || matches(PHRASES, inStandardWords(askingPart + requests(message)))
				|| !QuestionReader.ASKING.matcher(said).find() && matches(GRIEVANCES, said);
	}

	private static String requests(String message) {
		StringBuilder requests = new StringBuilder();
		Matcher request = REQUEST.matcher(message);
		while (request.find()) {
			requests.append('。').append(request.group());
		}
		return requests.toString();
	}

	/**
	 * The phrases are written with "我"; a citizen of the north-east may say "俺" ("帮俺查查").
	 */
	private static String inStandardWords(String text) {
		return text.replace('俺', '我');
	}

	private static boolean matches(List<Pattern> phrases, String text) {
		return phrases.stream().anyMatch(phrase -> phrase.matcher(text).find());
	}

	private static List<Pattern> patterns(String file) {
		return WordList.load(PersonRequest.class, file).stream().map(Pattern::compile).toList();
	}

}
