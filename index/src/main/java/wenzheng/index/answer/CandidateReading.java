package wenzheng.index.answer;

import java.util.Set;

import wenzheng.index.search.Candidate;

/**
 * A candidate clause as the ranking model saw it, with the reply answering from it would
 * give: one row for fitting the model.
 *
 * @param candidate the clause
 * @param features the model's inputs, in {@link RankingFeature} order
 * @param score the model's ranking score
 * @param answer the reply composed from the clause
 * @param sameAnswerAs the 1-based ranks of the other candidates giving the same answer
 * ({@link OneAnswer}): they do not compete with it for the lead
 */
public record CandidateReading(Candidate candidate, double[] features, double score, String answer,
		Set<Integer> sameAnswerAs) {

	public CandidateReading {
		sameAnswerAs = Set.copyOf(sameAnswerAs);
	}

}
