package wenzheng.index.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Finds known phrases in a text by characters, longest phrase first and without overlaps,
 * so that "白城工业园区" wins over "园区" and matching does not depend on word segmentation.
 */
public final class PhraseMatcher {

	private final List<String> longestFirst;

	public PhraseMatcher(Collection<String> phrases) {
		this.longestFirst = phrases.stream()
			.filter(phrase -> !phrase.isEmpty())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.toList();
	}

	/**
	 * The occurrences in text order.
	 */
	public List<Span> find(String text) {
		List<Span> spans = new ArrayList<>();
		boolean[] taken = new boolean[text.length()];
		for (String phrase : this.longestFirst) {
			for (int index = text.indexOf(phrase); index >= 0; index = text.indexOf(phrase, index + phrase.length())) {
				int end = index + phrase.length();
				if (free(taken, index, end)) {
					for (int i = index; i < end; i++) {
						taken[i] = true;
					}
					spans.add(new Span(index, end, phrase));
				}
			}
		}
		spans.sort(Comparator.comparingInt(Span::start));
		return spans;
	}

	private static boolean free(boolean[] taken, int start, int end) {
		for (int i = start; i < end; i++) {
			if (taken[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A phrase found in a text.
	 *
	 * @param start where it starts
	 * @param end where it ends
	 * @param phrase the phrase
	 */
	public record Span(int start, int end, String phrase) {
	}

}
