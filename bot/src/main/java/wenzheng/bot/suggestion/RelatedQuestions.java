package wenzheng.bot.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import wenzheng.index.answer.Source;

/**
 * 猜你想问 after an answer: FAQ questions and headings of the cited documents that share the
 * most character pairs with the question and the cited sections, leaving out the question
 * itself and what was cited.
 */
@Service
public class RelatedQuestions {

	static final int MAX = 3;

	/** Below this share of shared character pairs a text is not related. */
	private static final double MIN_SIMILARITY = 0.15;

	/** Shorter headings are fragments ("做好政务") rather than something to ask. */
	private static final int MIN_LENGTH = 6;

	/** Above it, a text asks the same thing as the question. */
	private static final double SAME = 0.8;

	private final QuestionSuggester suggester;

	RelatedQuestions(QuestionSuggester suggester) {
		this.suggester = suggester;
	}

	/**
	 * Up to {@value #MAX} questions related to an answer.
	 */
	public List<String> of(String question, List<Source> sources) {
		SuggestionIndex index = this.suggester.index();
		Set<String> cited = new HashSet<>();
		StringBuilder context = new StringBuilder(question);
		Set<String> candidates = new LinkedHashSet<>(index.faqQuestions());
		for (Source source : sources) {
			cited.add(QuestionSuggester.clean(source.section()));
			cited.add(source.title());
			context.append(' ').append(source.section());
			candidates.addAll(index.headings(source.documentId()));
		}
		Set<String> asked = pairs(question);
		Set<String> near = pairs(context.toString());
		List<Scored> scored = new ArrayList<>();
		for (String candidate : candidates) {
			Set<String> pairs = pairs(candidate);
			if (candidate.length() < MIN_LENGTH || cited.contains(candidate) || similarity(asked, pairs) >= SAME) {
				continue;
			}
			double score = cosine(near, pairs);
			if (score >= MIN_SIMILARITY) {
				scored.add(new Scored(candidate, score));
			}
		}
		return scored.stream()
			.sorted(Comparator.comparingDouble(Scored::score).reversed())
			.limit(MAX)
			.map(Scored::text)
			.toList();
	}

	static Set<String> pairs(String text) {
		String letters = text.replaceAll("[\\p{P}\\p{S}\\s]+", "");
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i + 1 < letters.length(); i++) {
			pairs.add(letters.substring(i, i + 2));
		}
		return pairs;
	}

	/**
	 * The share of the smaller set's pairs found in the other.
	 */
	static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> smaller = a.size() <= b.size() ? a : b;
		Set<String> larger = smaller == a ? b : a;
		return (double) smaller.stream().filter(larger::contains).count() / smaller.size();
	}

	/**
	 * Shared pairs against the geometric mean of the sizes, so that neither a short
	 * fragment nor a long item wins by its length alone.
	 */
	static double cosine(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		return a.stream().filter(b::contains).count() / Math.sqrt((double) a.size() * b.size());
	}

	private record Scored(String text, double score) {
	}

}
