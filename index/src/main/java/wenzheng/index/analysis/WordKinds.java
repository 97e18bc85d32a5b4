package wenzheng.index.analysis;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * The part of speech of a word, from HanLP's core dictionary (its most frequent use).
 */
public final class WordKinds {

	private WordKinds() {
	}

	/**
	 * Whether a word names a thing: a noun, a place or organisation name, an abbreviation
	 * ("高校"), or a word no dictionary knows (names, codes, terms of art). Verbs, adverbs
	 * and idioms ("完事", "按时", "满天飞") say how a citizen puts the question rather than what
	 * it is about.
	 */
	public static boolean isNoun(String word) {
		CoreDictionary.Attribute attribute = CoreDictionary.get(word);
		if (attribute == null || attribute.nature.length == 0) {
			return true;
		}
		Nature nature = attribute.nature[0];
		return nature == Nature.j || nature.startsWith('n');
	}

}
