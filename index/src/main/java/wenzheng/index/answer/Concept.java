package wenzheng.index.answer;

import java.util.Set;

/**
 * One thing a question asks about: a content word, or a citizen's word together with the
 * official words for it. A clause covers the concept when it contains any of its forms.
 *
 * @param word the word of the question it comes from
 * @param forms the words that express it
 * @param weight how much finding it tells (rarer words weigh more)
 */
record Concept(String word, Set<String> forms, double weight) {

	boolean in(String text) {
		for (String form : this.forms) {
			if (text.contains(form)) {
				return true;
			}
		}
		return false;
	}

}
