package wenzheng.index.answer;

import wenzheng.index.search.Candidate;

/**
 * A candidate with what the decision is made from.
 *
 * @param candidate the clause
 * @param features what the ranking model read, by {@link RankingFeature} order
 * @param valueHeld whether the clause holds the particular value asked for (true when
 * none is)
 * @param score the model's ranking score
 */
record RankedCandidate(Candidate candidate, double[] features, boolean valueHeld, double score) {

	double feature(RankingFeature feature) {
		return this.features[feature.ordinal()];
	}

	double coverage() {
		return feature(RankingFeature.COVERAGE);
	}

}
