package wenzheng.index.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import wenzheng.index.question.Question;
import wenzheng.index.search.Retriever;
import wenzheng.knowledge.faq.FaqEntry;

/**
 * Matches a question against the published FAQ before any clause is searched. A phrasing
 * matches when the question covers its words and it covers the question's concepts, both
 * at least {@link #MIN_SIMILARITY}: a curated answer is given only to the question it was
 * written for.
 */
final class FaqMatcher {

	static final double MIN_SIMILARITY = 0.75;

	private final List<Phrasing> phrasings = new ArrayList<>();

	FaqMatcher(List<FaqEntry> entries, Retriever retriever) {
		for (FaqEntry entry : entries) {
			for (String phrasing : entry.allPhrasings()) {
				Set<String> words = retriever.contentWords(phrasing);
				if (!words.isEmpty()) {
					this.phrasings.add(new Phrasing(entry, phrasing, words));
				}
			}
		}
	}

	/**
	 * The best matching entry and how similar its phrasing is, if any is similar enough.
	 */
	Optional<Match> match(Question question, List<Concept> concepts) {
		Match best = null;
		for (Phrasing phrasing : this.phrasings) {
			String place = phrasing.entry().jurisdiction();
			if (place != null && !question.places().isEmpty() && !question.places().contains(place)) {
				continue;
			}
			double similarity = Math.min(CandidateRanker.coverage(phrasing.text(), concepts),
					share(phrasing.words(), question.focus()));
			if (similarity >= MIN_SIMILARITY && (best == null || similarity > best.similarity())) {
				best = new Match(phrasing.entry(), similarity);
			}
		}
		return Optional.ofNullable(best);
	}

	private static double share(Set<String> words, String text) {
		long found = words.stream().filter(text::contains).count();
		return (double) found / words.size();
	}

	boolean isEmpty() {
		return this.phrasings.isEmpty();
	}

	private record Phrasing(FaqEntry entry, String text, Set<String> words) {
	}

	record Match(FaqEntry entry, double similarity) {
	}

}
