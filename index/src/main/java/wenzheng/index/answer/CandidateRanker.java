package wenzheng.index.answer;

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

	static final double COVERAGE_WEIGHT = 0.6;

	static final double RETRIEVAL_WEIGHT = 0.25;

	static final double INTENT_WEIGHT = 0.15;

	List<RankedCandidate> rank(List<Candidate> candidates, List<Concept> concepts, Intent intent) {
		if (candidates.isEmpty()) {
			return List.of();
		}
		double best = candidates.stream().mapToDouble(Candidate::score).max().orElse(1);
		return candidates.stream().map(candidate -> {
			double coverage = coverage(candidate.fullText(), concepts);
			double retrieval = best > 0 ? candidate.score() / best : 0;
			boolean fit = IntentCues.fits(candidate, intent);
			double score = COVERAGE_WEIGHT * coverage + RETRIEVAL_WEIGHT * retrieval + INTENT_WEIGHT * (fit ? 1 : 0);
			return new RankedCandidate(candidate, coverage, retrieval, fit, score);
		}).sorted(Comparator.comparingDouble(RankedCandidate::score).reversed()).toList();
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
