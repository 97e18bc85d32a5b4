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

	private static final int MIN_FOCUS = 8;

	private static final int SUBJECT_LENGTH = 25;

	private static final int WINDOW_BEFORE_QUESTION_WORD = 45;

	private static final Pattern SENTENCE = Pattern.compile("[^。！？!?\\n；;]+[。！？!?\\n；;]*");

	private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?\\n；;]");

	private static final Pattern PHRASE = Pattern.compile("[^，,；;：:]+[，,；;：:]*");

	private static final Pattern PHRASE_BREAK = Pattern.compile("[。！？!?\\n；;，,：:\\s]+");

	/**
	 * A question opening with a word that points back ("那这个截止到啥时候？", "它归谁管？"): its
	 * subject is in the sentence before.
	 */
	private static final Pattern REFERS_BACK = Pattern.compile("(那么?)?(这|那|它|此|该(?!不该))[个些项条事]?");

	/** How many characters after the pointer name again what it points to. */
	private static final int RESTATED = 2;

	private static final Pattern LEAD_IN = Pattern
		.compile("想问(问|一下|下)?|请问(一下)?|想知道|想确认(一下)?|想了解(一下)?|想打听(一下)?|打听一下|请教(一下)?|问一下|问下|咨询一下|不知道|想弄清楚|弄清楚|麻烦告知|就是想");

	/**
	 * What makes a phrase ask: a question mark or particle (a closing "吧" too), an
	 * interrogative word, "能不能".
	 */
	public static final Pattern ASKING = Pattern
		.compile("[？?]|吗|呢|么|吧(?=[？?]|$)|什么|啥|咋|哪|谁|几|多少|多久|怎么|如何|怎样|是否|能否|能不能|可不可以|会不会|要不要|有没有|(\\p{IsHan})不\\1");

	/**
	 * A phrase giving the citizen's own reason for asking ("我以后去查方便点", "好让我们早做准备"): it
	 * starts with the citizen or a purpose.
	 */
	private static final Pattern REASON = Pattern.compile("^(我|咱|俺|好让|好叫|以便|便于|方便我)");

	/** An interrogative word, unlike a question mark, makes a phrase ask by itself. */
	private static final Pattern INTERROGATIVE = Pattern.compile(ASKING.pattern().replace("[？?]|", ""));

	/**
	 * "几年不更新", "几天都没回复": a stretch the citizen tells of, not asks about; read as "多年",
	 * "多天", so that no count is taken for asked.
	 */
	private static final Pattern FEW_WITHOUT = Pattern
		.compile("(?<![好十])几(?=(年|天|日|个月|月|周|个星期|星期|次|回|趟|遍)(都|也|还)?(不|没))");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");

	private final IntentDetector intents = new IntentDetector();

	private final Places places;

	public QuestionReader(Places places) {
		this.places = places;
	}

	public Question read(String text) {
		String normalized = FEW_WITHOUT.matcher(LiteraryInterrogatives.everyday(text.strip())).replaceAll("多");
		String focus = focus(normalized);
		List<String> known = this.places.known(normalized);
		List<String> unknown = this.places.unknown(normalized);
		return new Question(normalized, focus, this.intents.detect(focus), known, unknown, years(normalized));
	}

	/**
	 * The part of a message that asks. In order: the sentences that end with a question
	 * mark, each from its last lead-in ("想问", "请问") or colon on, with the sentence before
	 * the first when it opens with a word pointing back to it ("…。那这个截止到啥时候？"), leaving
	 * out an either-or after the first ("…？还是…？"), which offers answers rather than asks;
	 * else the text from the last lead-in to the last phrase of its sentence that asks;
	 * else the phrases that contain a question word, each cut to the words just before
	 * that question word, with the short phrase before the first one (usually its
	 * subject).
	 */
	static String focus(String text) {
		if (text.length() <= SHORT_MESSAGE) {
			return text;
		}
		StringBuilder questions = new StringBuilder();
		Matcher sentences = SENTENCE.matcher(text);
		String previous = null;
		while (sentences.find()) {
			String sentence = sentences.group().strip();
			boolean alternative = !questions.isEmpty() && sentence.contains("还是");
			if ((sentence.endsWith("？") || sentence.endsWith("?")) && !alternative) {
				String asked = fromLastLeadIn(sentence);
				// What a pointer points to is told before it: in the sentence before the
				// lead-in, or in the sentence before.
				boolean afterLeadIn = asked.length() < sentence.length();
				String told = afterLeadIn ? sentence.substring(0, sentence.length() - asked.length()) : previous;
				if (told != null && questions.isEmpty() && refersBackTo(asked, told)) {
					questions.append(afterLeadIn ? told : fromLastLeadIn(previous));
				}
				questions.append(withoutReason(asked));
			}
			previous = sentence;
		}
		if (!questions.isEmpty()) {
			return questions.toString();
		}
		int leadIn = lastLeadIn(text);
		if (leadIn >= 0) {
			Matcher end = SENTENCE_END.matcher(text);
			String asked = untilLastAsking(
					text.substring(leadIn, end.find(leadIn) ? end.end() : text.length()).strip());
			if (asked.length() >= MIN_FOCUS && ASKING.matcher(asked).find()) {
				return asked;
			}
		}
		return askingPhrases(text);
	}

	/**
	 * The text up to the end of its last phrase with a question word: what follows is the
	 * reason for asking or thanks ("…是哪个部门负责公开的，我好直接去看看，谢谢！").
	 */
	private static String untilLastAsking(String text) {
		Matcher phrase = PHRASE.matcher(text);
		int end = -1;
		while (phrase.find()) {
			if (ASKING.matcher(phrase.group()).find()) {
				end = phrase.end();
			}
		}
		return end < 0 ? text : text.substring(0, end).replaceFirst("[，,；;：:\\s]+$", "");
	}

	/**
	 * The question without the phrases after its last asking one that give the citizen's
	 * reason for asking ("…设在哪些地方，我以后去查文件方便点？"): the question mark ends the sentence, not
	 * their asking.
	 */
	private static String withoutReason(String question) {
		Matcher phrase = PHRASE.matcher(question);
		int end = -1;
		boolean reasonAfter = false;
		while (phrase.find()) {
			String text = phrase.group().strip();
			if (INTERROGATIVE.matcher(text).find()) {
				end = phrase.end();
				reasonAfter = false;
			}
			else if (end >= 0 && REASON.matcher(text).find()) {
				reasonAfter = true;
			}
			else if (!reasonAfter) {
				end = phrase.end();
			}
		}
		return reasonAfter ? question.substring(0, end).replaceFirst("[，,；;：:\\s]+$", "") : question;
	}

	/**
	 * Whether the question points back to the sentence before without naming again what
	 * it points to ("那这个截止到啥时候", not "这个窗口提供什么服务" after a sentence about the window).
	 */
	private static boolean refersBackTo(String question, String previous) {
		Matcher pointer = REFERS_BACK.matcher(question);
		if (!pointer.lookingAt()) {
			return false;
		}
		String after = question.substring(pointer.end());
		return after.length() < RESTATED || !previous.contains(after.substring(0, RESTATED));
	}

	private static String fromLastLeadIn(String sentence) {
		int cut = Math.max(lastLeadIn(sentence), Math.max(sentence.lastIndexOf('：'), sentence.lastIndexOf(':')) + 1);
		if (cut > 0) {
			String rest = sentence.substring(cut).replaceFirst("^[\\s，,、：:]+", "");
			if (rest.length() >= MIN_FOCUS && ASKING.matcher(rest).find()) {
				return rest;
			}
		}
		return sentence;
	}

	private static int lastLeadIn(String text) {
		Matcher leadIn = LEAD_IN.matcher(text);
		int last = -1;
		while (leadIn.find()) {
			last = leadIn.end();
		}
		return last;
	}

	private static String askingPhrases(String text) {
		StringBuilder phrases = new StringBuilder();
		String previous = null;
		for (String phrase : PHRASE_BREAK.split(text)) {
			Matcher asking = ASKING.matcher(phrase);
			int last = -1;
			while (asking.find()) {
				last = asking.start();
			}
			if (last >= 0) {
				if (phrases.isEmpty() && previous != null && previous.length() <= SUBJECT_LENGTH) {
					phrases.append(previous).append(' ');
				}
				phrases.append(phrase.substring(Math.max(0, last - WINDOW_BEFORE_QUESTION_WORD))).append(' ');
			}
			previous = phrase;
		}
		return phrases.isEmpty() ? text : phrases.toString().strip();
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
