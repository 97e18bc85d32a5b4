package wenzheng.knowledge.synonym;

import java.util.List;

/**
 * One dictionary row: words citizens use and the words policy texts use for the same
 * thing.
 *
 * @param words citizen words
 * @param officials official words
 */
public record SynonymRow(List<String> words, List<String> officials) {

	public SynonymRow {
		words = List.copyOf(words);
		officials = List.copyOf(officials);
		if (words.isEmpty() || officials.isEmpty()) {
			throw new IllegalArgumentException("同义词条目两侧都不能为空");
		}
	}

	/**
	 * The row in the dictionary file format: {@code word,word => official,official}.
	 */
	public String line() {
		return String.join(",", this.words) + " => " + String.join(",", this.officials);
	}

}
