package wenzheng.index.answer;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * One thing a question asks about: a content word, or a citizen's word together with the
 * official words for it. A clause covers the concept when it contains any of its forms.
 *
 * @param word the word of the question it comes from
 * @param forms the words that express it
 * @param weight how much finding it tells (rarer words weigh more)
 */
record Concept(String word, Set<String> forms, double weight) {

	/**
	 * The forms in one fixed order: what reads the first form a text holds (how close the
	 * question's words stand in a sentence) or adds the forms to a query must give the
	 * same on every run, and {@link Set#of} iterates in an order that changes from run to
	 * run.
	 */
	Concept {
		forms = Collections.unmodifiableSortedSet(new TreeSet<>(forms));
	}

	/**
	 * Whether the text holds a form, as written or with the alternatives it writes in
	 * brackets spelled out ("村民" in "村（居）民").
	 */
	boolean in(String text) {
		if (anyIn(text)) {
			return true;
		}
		String spelledOut = Alternatives.spelledOut(text);
		return !spelledOut.isEmpty() && anyIn(spelledOut);
	}

	private boolean anyIn(String text) {
		for (String form : this.forms) {
			if (text.contains(form)) {
				return true;
			}
		}
		return false;
	}

}
