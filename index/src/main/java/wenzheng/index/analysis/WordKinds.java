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

	/**
	 * Whether a word is a place name in its most frequent use ("朝阳区", "海淀"), not a word
	 * that only ends like one ("新区", "期间" of "期间市").
	 */
	public static boolean isPlaceName(String word) {
		CoreDictionary.Attribute attribute = CoreDictionary.get(word);
		return attribute != null && attribute.nature.length > 0 && attribute.nature[0] == Nature.ns;
	}

}
