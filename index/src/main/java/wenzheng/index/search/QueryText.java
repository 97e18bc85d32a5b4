package wenzheng.index.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What to search for, already read: the question's words (segmented once, by whoever read
 * the question), its text for the character-pair view, the official words the dictionary
 * adds, and the rest of a long message.
 *
 * @param words the question's content words
 * @param text the asking part of the message
 * @param expansion official words for the citizen's words
 * @param context the rest of the message, or an empty string
 */
public record QueryText(Set<String> words, String text, Collection<String> expansion, String context) {

	public QueryText {
		words = Set.copyOf(words);
		expansion = List.copyOf(expansion);
	}

}
