package wenzheng.index.answer;

import wenzheng.index.search.Candidate;

/**
 * A candidate with the signals the decision is made from.
 *
 * @param candidate the clause
 * @param coverage the weighted share of the question's content words the clause contains,
 * 0 to 1
 * @param retrieval the retrieval score relative to the best candidate, 0 to 1
 * @param intentFit whether the clause holds the kind of fact asked for
 * @param score the combined ranking score
 */
record RankedCandidate(Candidate candidate, double coverage, double sentenceCoverage, double retrieval,
		boolean intentFit, double score) {

}
