package wenzheng.index.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a message into a {@link Question}. A long message usually wraps one question in
 * personal context; the sentences that ask (question marks, question words) become its
 * focus.
 */
public final class QuestionReader {

	/** Messages up to this length are their own focus. */
	private static final int SHORT_MESSAGE = 40;

	private static final Pattern SENTENCE = Pattern.compile("[^。！？!?\\n；;]+[。！？!?\\n；;]*");

	private static final Pattern ASKING = Pattern
		.compile("[？?]|吗|呢|么|什么|啥|哪|谁|几|多少|多久|怎么|如何|怎样|是否|能否|能不能|可不可以|会不会|要不要|有没有|想知道|想问|请问|咨询|打听");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");

	private final IntentDetector intents = new IntentDetector();

	private final Places places;

	public QuestionReader(Places places) {
		this.places = places;
	}

	public Question read(String text) {
		String normalized = text.strip();
		String focus = focus(normalized);
		List<String> known = this.places.known(normalized);
		List<String> unknown = this.places.unknown(normalized);
		return new Question(normalized, focus, this.intents.detect(focus), known, unknown, years(normalized));
	}

	private static String focus(String text) {
		if (text.length() <= SHORT_MESSAGE) {
			return text;
		}
		StringBuilder focus = new StringBuilder();
		Matcher sentences = SENTENCE.matcher(text);
		while (sentences.find()) {
			String sentence = sentences.group();
			if (ASKING.matcher(sentence).find()) {
				focus.append(sentence);
			}
		}
		return focus.isEmpty() ? text : focus.toString();
	}

	private static List<Integer> years(String text) {
		Set<Integer> years = new LinkedHashSet<>();
		Matcher matcher = YEAR.matcher(text);
		while (matcher.find()) {
			years.add(Integer.valueOf(matcher.group(1)));
		}
		return new ArrayList<>(years);
	}

}
