package wenzheng.knowledge;

import java.util.Arrays;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * The part of speech of a word, from HanLP's core dictionary (its most frequent use).
 */
public final class WordKinds {

	/**
	 * How often the dictionary's corpus must have used a word for it to count as an
	 * everyday word: its rarest entries ("洮南", once, as a common noun) are often names
	 * tagged wrongly.
	 */
	private static final int EVERYDAY_FREQUENCY = 10;

	/**
	 * The first letters of HanLP's tags of verbs, pronouns, adverbs, prepositions,
	 * conjunctions, particles, interjections, modal particles and numerals.
	 */
	private static final String SENTENCE_WORD_KINDS = "vrdpcueym";

	/**
	 * The same without verbs, with measure words, time words ("今年", "最近"), words of
	 * position ("下面", "以后") and of place ("家里", "外地"), and adjectives ("容易", "妥当"): they
	 * say when, where and how the citizen's case stands, not what is asked.
	 */
	private static final String FRAMING_WORD_KINDS = "rdpcueymqtfsa";

	private WordKinds() {
	}

	/**
	 * Whether HanLP's core dictionary knows the word ("就算", "交差"; not the typos "规化" or
	 * "复义").
	 */
	public static boolean isDictionaryWord(String word) {
		return entry(word) != null;
	}

	/**
	 * The dictionary's entry for a word when it gives the word a part of speech, or
	 * {@code null}.
	 */
	private static CoreDictionary.Attribute entry(String word) {
		CoreDictionary.Attribute attribute = CoreDictionary.get(word);
		return attribute != null && attribute.nature.length > 0 ? attribute : null;
	}

	/**
	 * Whether a word names a thing: a noun, a place or organisation name, an abbreviation
	 * ("高校"), or a word no dictionary knows (names, codes, terms of art). Verbs, adverbs
	 * and idioms ("完事", "按时", "满天飞") say how a citizen puts the question rather than what
	 * it is about.
	 */
	public static boolean isNoun(String word) {
		CoreDictionary.Attribute attribute = entry(word);
		if (attribute == null) {
			return true;
		}
		Nature nature = attribute.nature[0];
		return nature == Nature.j || nature.startsWith('n');
	}

	/**
	 * Whether the word is an everyday word that only builds a sentence or sets the scene:
	 * a pronoun, adverb, preposition, conjunction, particle, numeral, measure word, time
	 * word, word of position or place, or adjective ("别的", "一样", "按时", "今年", "家里", "容易")
	 * in its most frequent use, used {@link #EVERYDAY_FREQUENCY} times or more. Verbs are
	 * not: "上班" and "报名" are often what a question asks about.
	 */
	public static boolean isEverydayFramingWord(String word) {
		CoreDictionary.Attribute attribute = entry(word);
		return attribute != null && attribute.totalFrequency >= EVERYDAY_FREQUENCY
				&& FRAMING_WORD_KINDS.indexOf(attribute.nature[0].firstChar()) >= 0;
	}

	/**
	 * Whether a name ending in an administrative suffix ("行政区", "城市市" of "城市市容…",
	 * "经济技术开发区") is made of an everyday word rather than a place's proper name: the
	 * dictionary knows the whole name only as something else than a place, or knows the
	 * stem before its suffix as a common word and never as a place or a person's name
	 * (many places share a name with a person: "四平"). Unknown names ("洮北区") are proper
	 * names.
	 * @param name the whole name
	 * @param stem the name without its suffix
	 */
	public static boolean isEverydayName(String name, String stem) {
		CoreDictionary.Attribute whole = entry(name);
		if (whole != null) {
			return !anyPlace(whole);
		}
		CoreDictionary.Attribute start = CoreDictionary.get(stem);
		return start != null && start.totalFrequency >= EVERYDAY_FREQUENCY && !anyPlace(start)
				&& Arrays.stream(start.nature).noneMatch(nature -> nature.startsWith("nr"));
	}

	/**
	 * Whether the text is or holds a word of two characters or more that the dictionary
	 * knows only as a verb, pronoun, adverb, preposition, conjunction, particle or
	 * numeral: "开车" of "开车走县道", "哪个" of "哪个专区", "请问" of "请问市里…". Such words belong to a
	 * sentence, not to a place's proper name.
	 */
	public static boolean holdsSentenceWord(String text) {
		for (int length = 2; length <= text.length(); length++) {
			for (int start = 0; start + length <= text.length(); start++) {
				CoreDictionary.Attribute attribute = entry(text.substring(start, start + length));
				if (attribute != null && Arrays.stream(attribute.nature)
					.allMatch(nature -> SENTENCE_WORD_KINDS.indexOf(nature.firstChar()) >= 0)) {
					return true;
				}
			}
		}
		return false;
	}

	/** A place name or a word of place ("市中区" is a district, tagged as a place word). */
	private static boolean anyPlace(CoreDictionary.Attribute attribute) {
		return Arrays.stream(attribute.nature).anyMatch(nature -> nature.startsWith("ns") || nature == Nature.s);
	}

	/**
	 * Whether a word is a place name in its most frequent use ("朝阳区", "海淀"), not a word
	 * that only ends like one ("新区", "期间" of "期间市").
	 */
	public static boolean isPlaceName(String word) {
		CoreDictionary.Attribute attribute = entry(word);
		return attribute != null && attribute.nature[0] == Nature.ns;
	}

}
