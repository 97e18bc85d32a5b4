package wenzheng.index.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import wenzheng.index.question.Homophones;
import wenzheng.knowledge.WordKinds;

/**
 * Finds the word a citizen meant where a question word is no word of the knowledge base
 * and one character of it sounds like another that would make one ("规化" for "规划", "复义"
 * for "复议"): a pinyin input method offers every character of a syllable, and the wrong
 * one is easily picked. A word the segmenter cut into single characters is read whole
 * again. A word of the language ("就算", "交差") is what the citizen wrote on purpose, even
 * when the knowledge base lacks it: in a large base a word a character away from it
 * ("就是", "交叉") is always found.
 */
final class TypoWords {

	private final ToIntFunction<String> documentFrequency;

	/**
	 * @param documentFrequency in how many clauses a word stands
	 */
	TypoWords(ToIntFunction<String> documentFrequency) {
		this.documentFrequency = documentFrequency;
	}

	/**
	 * The question's words in order, each with the word meant when it is a typo.
	 * @param words the content words, in the order of the text
	 * @param text the text they come from
	 */
	List<Word> read(List<String> words, String text) {
		List<Word> read = new ArrayList<>(words.size());
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (i + 1 < words.size() && isHan(word) && isHan(words.get(i + 1))) {
				String joined = word + words.get(i + 1);
				String meant = text.contains(joined) ? meant(joined) : null;
				if (meant != null) {
					read.add(new Word(joined, meant));
					i++;
					continue;
				}
			}
			read.add(new Word(word, null));
		}
		return read;
	}

	/**
	 * The word meant by a word neither the knowledge base nor the general dictionary
	 * knows: {@link #soundAlike}.
	 */
	private String meant(String written) {
		if (this.documentFrequency.applyAsInt(written) > 0 || WordKinds.isDictionaryWord(written)) {
			return null;
		}
		return soundAlike(written);
	}

	/**
	 * The most frequent word of the knowledge base that differs from the word in one
	 * character sounding alike ("留言" for "流言"), or {@code null}.
	 */
	String soundAlike(String written) {
		String best = null;
		int bestFrequency = 0;
		char[] characters = written.toCharArray();
		for (int at = 0; at < characters.length; at++) {
			char original = characters[at];
			for (char alike : Homophones.of(original)) {
				characters[at] = alike;
				String variant = new String(characters);
				int frequency = this.documentFrequency.applyAsInt(variant);
				if (frequency > bestFrequency) {
					best = variant;
					bestFrequency = frequency;
				}
			}
			characters[at] = original;
		}
		return best;
	}

	private static boolean isHan(String word) {
		return word.length() == 1 && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.HAN;
	}

	/**
	 * A question word and the word meant, {@code null} when it is written as meant.
	 */
	record Word(String written, String meant) {
	}

}
