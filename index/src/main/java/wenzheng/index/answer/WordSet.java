package wenzheng.index.answer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words found by their first character in one pass over a text: an alternation of many
 * literal words in a regular expression tries each of them at every character.
 */
final class WordSet {

	private final BitSet firsts = new BitSet();

	private final Map<Character, String[]> byFirst = new HashMap<>();

	private final String notFollowedBy;

	WordSet(String words) {
		this(words, "");
	}

	/**
	 * Words separated by "|", found only where not followed by one of the given
	 * characters ("办" is a unit, "办理" is not).
	 */
	WordSet(String words, String notFollowedBy) {
		Map<Character, List<String>> grouped = new HashMap<>();
		for (String word : words.split("\\|")) {
			grouped.computeIfAbsent(word.charAt(0), first -> new ArrayList<>()).add(word);
		}
		grouped.forEach((first, list) -> {
			list.sort(Comparator.comparingInt(String::length).reversed());
			this.byFirst.put(first, list.toArray(String[]::new));
			this.firsts.set(first);
		});
		this.notFollowedBy = notFollowedBy;
	}

	/** The end of the longest word starting at the index, or -1. */
	int endAt(String text, int index) {
		char first = text.charAt(index);
		if (!this.firsts.get(first)) {
			return -1;
		}
		for (String word : this.byFirst.get(first)) {
			int end = index + word.length();
			if (text.startsWith(word, index)
					&& (end >= text.length() || this.notFollowedBy.indexOf(text.charAt(end)) < 0)) {
				return end;
			}
		}
		return -1;
	}

	boolean in(String text) {
		for (int at = 0; at < text.length(); at++) {
			if (endAt(text, at) >= 0) {
				return true;
			}
		}
		return false;
	}

}
