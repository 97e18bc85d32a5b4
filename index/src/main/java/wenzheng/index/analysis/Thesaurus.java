package wenzheng.index.analysis;

import java.util.List;

import com.hankcs.hanlp.corpus.synonym.Synonym;
import com.hankcs.hanlp.dictionary.common.CommonSynonymDictionary;
import com.hankcs.hanlp.dictionary.CoreSynonymDictionary;

/**
 * General synonyms of a word from 同义词词林 (extended edition, in HanLP's portable jar): the
 * words of its group of equal meaning ("孩子" and "子女", "到场" and "列席", "辞退" and "解雇").
 * Words of one character are left out: "到" or "家" would be found in any text.
 */
public final class Thesaurus {

	private static final int SHORTEST = 2;

	private Thesaurus() {
	}

	/**
	 * The top classes of 同义词词林 for how a person puts a thing rather than what it is: G a
	 * state or act of mind ("担心", "觉得", "考虑"), J a connective ("省得"), K an auxiliary word
	 * ("直接", "一直", "这样") and L a courtesy ("麻烦").
	 */
	private static final String FRAMING_CLASSES = "GJKL";

	/**
	 * The groups of 同义词词林 for the citizen's own asking and hearing: Hi18 to ask ("问问",
	 * "打听", "问明"), Fc05 to hear ("听说"): how the question came about, not what it is
	 * about.
	 */
	private static final List<String> FRAMING_GROUPS = List.of("Hi18", "Fc05");

	/**
	 * Whether 同义词词林 files the word in one of the {@link #FRAMING_CLASSES} or
	 * {@link #FRAMING_GROUPS}: how the citizen frames the question, not its subject.
	 */
	public static boolean isFraming(String word) {
		CommonSynonymDictionary.SynonymItem item = CoreSynonymDictionary.get(word);
		if (item == null) {
			return false;
		}
		String id = item.entry.getIdString();
		return FRAMING_CLASSES.indexOf(id.charAt(0)) >= 0 || FRAMING_GROUPS.stream().anyMatch(id::startsWith);
	}

	/**
	 * The other words of the word's group of equal meaning, or none.
	 */
	public static List<String> synonymsOf(String word) {
		CommonSynonymDictionary.SynonymItem item = CoreSynonymDictionary.get(word);
		if (item == null || item.type != Synonym.Type.EQUAL) {
			return List.of();
		}
		return item.synonymList.stream()
			.map(synonym -> synonym.realWord)
			.filter(synonym -> synonym.length() >= SHORTEST && !synonym.equals(word))
			.distinct()
			.toList();
	}

}
