package wenzheng.index.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import wenzheng.index.question.Intent;

/**
 * Picks the passage of a clause that answers: the run of consecutive phrases, at most
 * {@link #MAX_LENGTH} characters, that contains the most question words (weighted by
 * rarity) and the kind of fact asked for.
 */
final class SentencePicker {

	/**
	 * The default length of a passage; the composer passes what its reply has room for.
	 */
	static final int MAX_LENGTH = 150;

	/**
	 * The weight the bonuses below are shares of: the heaviest question word the clause
	 * holds, but at least {@link #MINIMUM_UNIT}. Word weights grow with the size of the
	 * knowledge base (the heaviest word a candidate holds weighs 1.3 at the median among
	 * the sample's clauses, 2.9 with the laws beside them, 7.6 at the 90th percentile),
	 * so a fixed bonus that draws the passage to the asked fact in a small base is
	 * outweighed by one more common word in a large one.
	 */
	private static final double MINIMUM_UNIT = 2;

	/**
	 * What holding the kind of fact asked for adds to a passage: about one common word,
	 * so the fact draws the passage to it only among passages about the same thing.
	 */
	private static final double FACT_KIND_BONUS = 0.3;

	/**
	 * What holding a value of the kind asked for ("多少天" and a number of days) adds: more
	 * than a common word, less than the heaviest, so the passage with the value wins
	 * among those about the asked subject but not over a passage about another subject.
	 */
	private static final double VALUE_BONUS = 0.7;

	/**
	 * What setting a condition the citizen's stated figure meets adds ("一年以上不满三年的" for a
	 * two-year contract): more than the heaviest word, since the parallel phrases of such
	 * a clause hold the same words and differ only in their ranges.
	 */
	private static final double CONDITION_MET_BONUS = 1.5;

	/**
	 * What the question words a second sentence adds must weigh to be shown beside the
	 * first: a rare word and another, or two fairly rare ones.
	 */
	private static final double SECOND_SENTENCE_WEIGHT = 5;

	/**
	 * What saying that a question word is not done or not allowed adds when a yes/no
	 * question is asked ("没配解读材料还能往下走吗" and "不解读不运转"): as much as a value of the kind
	 * asked, since every sentence of a rule holds some word of obligation.
	 */
	private static final double NEGATION_BONUS = VALUE_BONUS;

	/**
	 * Characters completing a verb ("梳理完", "做好", "报上"), not forming another word with it.
	 */
	private static final String COMPLEMENTS = "完好了过掉到成住着上下起来去给";

	private static final Pattern NEGATION = Pattern.compile("不得|不再|不予|不能|不准|不需|无需|无须|禁止|严禁|未经|不|未|没有");

	/** How many characters after a negation a question word counts as negated. */
	private static final int NEGATED_REACH = 8;

	private static final Pattern PHRASE = Pattern.compile("[^，,。；;！？!?：:\\n]+[，,。；;！？!?：:\\n]*");

	/**
	 * Where a list item or a labelled part begins after a line break that the text joined
	 * into a space ("【享受主体】", "（2）", "3.", "●"): it starts a new statement even without a
	 * full stop before it.
	 */
	private static final Pattern ITEM_START = Pattern
		.compile("\\s+(?=【|●|（[0-9一二三四五六七八九十]{1,3}）|[0-9]{1,2}[.．、](?![0-9]))");

	private static final Pattern SENTENCE_END = Pattern.compile(".*[。；;！？!?\\n]$");

	/**
	 * A notice's closing signature, the issuing body and the date ("国家卫生健康委办公厅
	 * 2020年2月18日"): it names the body a question may name, and says nothing, so no
	 * passage holds it.
	 */
	private static final Pattern SIGNATURE = Pattern
		.compile("\\s*[\\p{IsHan}（）()、\\s]{1,60}?(机制|办公厅|办公室|委员会|政府|局|厅|部|委|办|中心|小组|指挥部|院|会)\\s*"
				+ "[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日\\s*(（[^）]{0,20}）)?\\s*[。]?\\s*");

	String pick(String text, List<Concept> concepts, Intent intent) {
		return pick(text, concepts, intent, AskedValue.NONE, StatedFigures.NONE, MAX_LENGTH);
	}

	String pick(String text, List<Concept> concepts, Intent intent, AskedValue asked, StatedFigures stated,
			int maxLength) {
		List<String> phrases = phrases(text);
		if (phrases.isEmpty()) {
			return text.strip();
		}
		// Phrases end at punctuation, which no question word or cue spans: what a window
		// holds is what its phrases hold, read once per phrase.
		boolean[][] holds = new boolean[phrases.size()][concepts.size()];
		boolean[] cues = new boolean[phrases.size()];
		boolean[] values = new boolean[phrases.size()];
		boolean[] conditionsMet = new boolean[phrases.size()];
		boolean[] negations = new boolean[phrases.size()];
		boolean ruleAsked = asked.kind() == AskedValue.Kind.RULE;
		boolean valueAsked = asked != AskedValue.NONE;
		String[] joined = joinedWords(text, concepts);
		for (int i = 0; i < phrases.size(); i++) {
			values[i] = valueAsked && asked.heldIn(phrases.get(i));
			conditionsMet[i] = stated.metBy(phrases.get(i)) || stated.levelMetBy(phrases.get(i));
			negations[i] = ruleAsked && negatesAConcept(phrases.get(i), concepts);
			for (int c = 0; c < concepts.size(); c++) {
				holds[i][c] = joined[c] != null ? phrases.get(i).contains(joined[c])
						: concepts.get(c).in(phrases.get(i));
			}
			cues[i] = intent != Intent.GENERAL && IntentCues.in(phrases.get(i), intent);
		}
		double unit = bonusUnit(holds, concepts);
		double bestScore = -1;
		int bestStart = 0;
		int bestEnd = 1;
		for (int start = 0; start < phrases.size(); start++) {
			boolean[] present = new boolean[concepts.size()];
			boolean cue = false;
			boolean value = false;
			boolean conditionMet = false;
			boolean negation = false;
			int length = 0;
			for (int end = start; end < phrases.size(); end++) {
				// A window stays within one sentence: the answer is one statement, not a
				// collection of words.
				boolean crossesSentence = end > start && SENTENCE_END.matcher(phrases.get(end - 1)).matches();
				if (crossesSentence || (end > start && length + phrases.get(end).length() > maxLength)) {
					break;
				}
				length += phrases.get(end).length();
				double score = cue || cues[end] ? FACT_KIND_BONUS * unit : 0;
				cue = cue || cues[end];
				value = value || values[end];
				score += value ? VALUE_BONUS * unit : 0;
				conditionMet = conditionMet || conditionsMet[end];
				score += conditionMet ? CONDITION_MET_BONUS * unit : 0;
				negation = negation || negations[end];
				score += negation ? NEGATION_BONUS * unit : 0;
				for (int c = 0; c < concepts.size(); c++) {
					present[c] = present[c] || holds[end][c];
					score += present[c] ? concepts.get(c).weight() : 0;
				}
				score -= 0.001 * length;
				if (score > bestScore) {
					bestScore = score;
					bestStart = start;
					bestEnd = end + 1;
				}
			}
		}
		bestStart = sentenceStart(phrases, bestStart, bestEnd, maxLength);
		int sentenceEnd = sentenceEnd(phrases, bestEnd);
		int[] second = secondSentence(phrases, holds, concepts, bestStart, sentenceEnd, maxLength);
		if (second == null && asked.stated() && !any(values, bestStart, sentenceEnd)) {
			second = valueSentence(phrases, holds, values, bestStart, sentenceEnd, maxLength);
		}
		if (second != null) {
			String first = String.join("", phrases.subList(bestStart, sentenceEnd)).strip();
			String other = String.join("", phrases.subList(second[0], second[1])).strip();
			return finish(second[0] < bestStart ? other + " " + first : first + " " + other, maxLength);
		}
		bestEnd = extendForward(phrases, bestStart, bestEnd, maxLength);
		return finish(String.join("", phrases.subList(bestStart, bestEnd)), maxLength);
	}

	/**
	 * For each question word, the longer word it forms with the next one when one of them
	 * is a single character the segmenter cut off (not a verb's complement: "梳理完" is
	 * "梳理") and the clause writes it ("处理" and "费" of "信息处理费"): the clause's other uses
	 * of the part ("妥善处理") are another word, and only the phrases writing the whole hold
	 * it. Two words of two characters ("政策" and "解读") keep their own meanings apart.
	 * {@code null} for a word the clause never writes joined to such a neighbour.
	 */
	static String[] joinedWords(String text, List<Concept> concepts) {
		String[] joined = new String[concepts.size()];
		for (int c = 0; c + 1 < concepts.size(); c++) {
			String word = concepts.get(c).word();
			String next = concepts.get(c + 1).word();
			String whole = word + next;
			boolean cutOff = word.length() == 1 || next.length() == 1 && COMPLEMENTS.indexOf(next.charAt(0)) < 0;
			if (cutOff && text.contains(whole)) {
				joined[c] = whole;
				joined[c + 1] = whole;
			}
		}
		return joined;
	}

	/**
	 * Whether the phrase says a question word is not done or not allowed ("不解读不运转",
	 * "不再开展政务公开第三方评估"): the rule a yes/no question turns on.
	 */
	static boolean negatesAConcept(String phrase, List<Concept> concepts) {
		for (Matcher negation = NEGATION.matcher(phrase); negation.find();) {
			String after = phrase.substring(negation.end(), Math.min(phrase.length(), negation.end() + NEGATED_REACH));
			for (Concept concept : concepts) {
				if (concept.word().length() > 1 && concept.in(after)) {
					return true;
				}
			}
		}
		return false;
	}

	private static double bonusUnit(boolean[][] holds, List<Concept> concepts) {
		double heaviest = MINIMUM_UNIT;
		for (boolean[] held : holds) {
			for (int c = 0; c < concepts.size(); c++) {
				if (held[c]) {
					heaviest = Math.max(heaviest, concepts.get(c).weight());
				}
			}
		}
		return heaviest;
	}

	private static int sentenceEnd(List<String> phrases, int end) {
		int sentenceEnd = end;
		while (sentenceEnd < phrases.size() && !SENTENCE_END.matcher(phrases.get(sentenceEnd - 1)).matches()) {
			sentenceEnd++;
		}
		return sentenceEnd;
	}

	/**
	 * Another sentence of the clause holding question words the chosen one lacks, when
	 * they weigh at least {@link #SECOND_SENTENCE_WEIGHT} and both fit: a question asking
	 * two things ("要带什么材料，到哪里交") is often answered in two sentences, and the one that
	 * matches best may hold only one of them. The phrases from {@code start} to
	 * {@code end}, the sentence chosen, or {@code null} when no such sentence exists.
	 */
	private static int[] secondSentence(List<String> phrases, boolean[][] holds, List<Concept> concepts, int start,
			int end, int maxLength) {
		boolean[] held = new boolean[concepts.size()];
		for (int c = 0; c < concepts.size(); c++) {
			held[c] = anyHolds(holds, start, end, c);
		}
		return otherSentence(phrases, start, end, maxLength, SECOND_SENTENCE_WEIGHT - 1e-9, (from, to) -> {
			double weight = 0;
			for (int c = 0; c < concepts.size(); c++) {
				if (!held[c] && anyHolds(holds, from, to, c)) {
					weight += concepts.get(c).weight();
				}
			}
			return weight;
		});
	}

	/**
	 * The sentence of the clause holding a figure, a date or a contact of the kind asked
	 * for ({@link AskedValue#stated()}) and a question word, when the chosen one holds
	 * none and both fit: "停工留薪期最长多久" matches best the sentence on treatment after the
	 * period, while the length is in the one before. Of several, the one holding the most
	 * question words; {@code null} when none.
	 */
	private static int[] valueSentence(List<String> phrases, boolean[][] holds, boolean[] values, int start, int end,
			int maxLength) {
		return otherSentence(phrases, start, end, maxLength, 0, (from, to) -> {
			if (!any(values, from, to)) {
				return 0;
			}
			int words = 0;
			for (int c = 0; c < holds[from].length; c++) {
				words += anyHolds(holds, from, to, c) ? 1 : 0;
			}
			return words;
		});
	}

	/**
	 * The sentence apart from the chosen one (phrases {@code start} to {@code end}) that
	 * fits beside it and scores highest above the minimum: its phrases from and to, or
	 * {@code null} when none does.
	 */
	private static int[] otherSentence(List<String> phrases, int start, int end, int maxLength, double minimum,
			SentenceScore score) {
		int length = length(phrases, start, end);
		int[] best = null;
		double bestScore = minimum;
		int from = 0;
		while (from < phrases.size()) {
			int to = sentenceEnd(phrases, from + 1);
			boolean apart = to <= start || from >= end;
			if (apart && length + length(phrases, from, to) <= maxLength) {
				double value = score.of(from, to);
				if (value > bestScore) {
					bestScore = value;
					best = new int[] { from, to };
				}
			}
			from = to;
		}
		return best;
	}

	/** What another sentence, phrases from and to, is worth beside the chosen one. */
	@FunctionalInterface
	private interface SentenceScore {

		double of(int from, int to);

	}

	private static boolean any(boolean[] flags, int start, int end) {
		for (int i = start; i < end; i++) {
			if (flags[i]) {
				return true;
			}
		}
		return false;
	}

	private static boolean anyHolds(boolean[][] holds, int start, int end, int concept) {
		for (int i = start; i < end; i++) {
			if (holds[i][concept]) {
				return true;
			}
		}
		return false;
	}

	private static int length(List<String> phrases, int start, int end) {
		int length = 0;
		for (int i = start; i < end; i++) {
			length += phrases.get(i).length();
		}
		return length;
	}

	/**
	 * Moves the start back to the beginning of its sentence when the whole sentence fits,
	 * so that the answer reads as a whole sentence. When it does not, the start stays:
	 * the rest of the sentence after the words that match the question, where the fact
	 * usually is ("凡涉及…案件，要及时向…报备"), is worth more than its opening.
	 */
	private static int sentenceStart(List<String> phrases, int start, int end, int maxLength) {
		int length = length(phrases, start, sentenceEnd(phrases, end));
		int candidate = start;
		while (candidate > 0 && !SENTENCE_END.matcher(phrases.get(candidate - 1)).matches()) {
			length += phrases.get(candidate - 1).length();
			if (length > maxLength) {
				return start;
			}
			candidate--;
		}
		return candidate;
	}

	/**
	 * Adds the phrases that follow while the passage stays short enough: the fact often
	 * comes right after the words that match the question ("…不限用工形式，既可以是合同制用工，也可以是…").
	 */
	private static int extendForward(List<String> phrases, int start, int end, int maxLength) {
		int length = length(phrases, start, end);
		int extended = end;
		while (extended < phrases.size() && length + phrases.get(extended).length() <= maxLength) {
			length += phrases.get(extended).length();
			extended++;
		}
		// End at the last sentence end within the extension, if there is one.
		for (int i = extended; i > end; i--) {
			if (SENTENCE_END.matcher(phrases.get(i - 1)).matches()) {
				return i;
			}
		}
		return extended;
	}

	private static String finish(String passage, int maxLength) {
		String trimmed = passage.strip().replace('\n', ' ');
		if (trimmed.length() > maxLength) {
			int cut = Character.isHighSurrogate(trimmed.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
			return trimmed.substring(0, cut) + "…";
		}
		if (trimmed.endsWith("，") || trimmed.endsWith(",") || trimmed.endsWith("：") || trimmed.endsWith(":")
				|| trimmed.endsWith("；") || trimmed.endsWith(";")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed.endsWith("。") || trimmed.endsWith("！") || trimmed.endsWith("？") ? trimmed : trimmed + "。";
	}

	private static List<String> phrases(String text) {
		List<String> phrases = new ArrayList<>();
		Matcher matcher = PHRASE.matcher(ITEM_START.matcher(text).replaceAll("\n"));
		while (matcher.find()) {
			if (!matcher.group().isBlank() && !SIGNATURE.matcher(matcher.group()).matches()) {
				phrases.add(matcher.group());
			}
		}
		return phrases;
	}

}
