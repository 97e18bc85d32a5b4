package wenzheng.index.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;

/**
 * Re-ranks retrieved clauses by how much of the question they cover. BM25 alone favours
 * long clauses sharing many common words; coverage asks whether the clause mentions what
 * the citizen asks about, weighting each word by how rare it is.
 */
final class CandidateRanker {

	static final double COVERAGE_WEIGHT = 0.2;

	static final double SENTENCE_COVERAGE_WEIGHT = 0.3;

	static final double RETRIEVAL_WEIGHT = 0.25;

	static final double INTENT_WEIGHT = 0.15;

	/**
	 * The weight of the cues of a list, a procedure or a rule ("等", "通过", "要"): nearly
	 * every clause has them, so they tell little.
	 */
	static final double COMMON_CUE_WEIGHT = 0.05;

	List<RankedCandidate> rank(List<Candidate> candidates, List<Concept> concepts, Intent intent) {
		if (candidates.isEmpty()) {
			return List.of();
		}
		double best = candidates.stream().mapToDouble(Candidate::score).max().orElse(1);
		return candidates.stream().map(candidate -> {
			double coverage = coverage(candidate.fullText(), concepts);
			double retrieval = best > 0 ? candidate.score() / best : 0;
			boolean fit = IntentCues.fits(candidate, intent);
			double sentenceCoverage = bestSentence(candidate, concepts);
			double score = COVERAGE_WEIGHT * coverage + SENTENCE_COVERAGE_WEIGHT * sentenceCoverage
					+ RETRIEVAL_WEIGHT * retrieval + intentWeight(intent) * (fit ? 1 : 0);
			return new RankedCandidate(candidate, coverage, sentenceCoverage, retrieval, fit, score);
		}).sorted(Comparator.comparingDouble(RankedCandidate::score).reversed()).toList();
	}

	private static double intentWeight(Intent intent) {
		return switch (intent) {
			case LIST, PROCEDURE, YES_NO -> COMMON_CUE_WEIGHT;
			default -> INTENT_WEIGHT;
		};
	}

	/**
	 * The coverage of the clause's best sentence: a clause whose words for the question
	 * stand together in one sentence answers it more likely than one that mentions them
	 * here and there. Words of the headings count for every sentence: a clause under a
	 * heading that names the subject need not repeat it.
	 */
	private static double bestSentence(Candidate candidate, List<Concept> concepts) {
		String headings = candidate.headings();
		double total = 0;
		double inHeadings = 0;
		List<Concept> rest = new ArrayList<>();
		for (Concept concept : concepts) {
			total += concept.weight();
			if (concept.in(headings)) {
				inHeadings += concept.weight();
			}
			else {
				rest.add(concept);
			}
		}
		if (total == 0) {
			return 0;
		}
		double best = inHeadings;
		for (String sentence : ClauseReadings.sentences(candidate.text())) {
			double found = inHeadings;
			for (Concept concept : rest) {
				if (concept.in(sentence)) {
					found += concept.weight();
				}
			}
			best = Math.max(best, found);
		}
		return best / total;
	}

	static double coverage(String text, List<Concept> concepts) {
		double total = 0;
		double found = 0;
		for (Concept concept : concepts) {
			total += concept.weight();
			if (concept.in(text)) {
				found += concept.weight();
			}
		}
		return total == 0 ? 0 : found / total;
	}

}
