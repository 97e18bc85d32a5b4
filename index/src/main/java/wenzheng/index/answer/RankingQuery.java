package wenzheng.index.answer;

import java.util.List;
import java.util.function.Predicate;

import wenzheng.index.question.Intent;
import wenzheng.index.question.Places;
import wenzheng.index.search.Candidate;

/**
 * What ranking knows of the question.
 *
 * @param concepts the weighted things it asks about
 * @param intent the kind of fact asked for
 * @param value the particular kind of value asked for, if any
 * @param places the known places it names
 * @param longMessage whether only its asking sentences were kept
 * @param stated the durations and ages it states of the citizen's own case
 * @param speaksOfPlaces whether a clause of a document whose place is unknown (a news
 * item titled without one) names one of the places itself
 */
record RankingQuery(List<Concept> concepts, Intent intent, AskedValue value, List<String> places, boolean longMessage,
		StatedFigures stated, Predicate<Candidate> speaksOfPlaces) {

	RankingQuery {
		concepts = List.copyOf(concepts);
		places = List.copyOf(places);
	}

	/**
	 * Whether the clause's document covers where the question asks about: the place it
	 * names (the document's place, or, for a document of no known place, one the clause
	 * names), or, when it names none, the whole country or no place known (a news item
	 * titled without one is not known to be another place's).
	 */
	boolean inScope(Candidate candidate) {
		if (this.places.isEmpty()) {
			return candidate.jurisdiction() == null || isNationwide(candidate);
		}
		if (candidate.jurisdiction() != null) {
			return this.places.contains(candidate.jurisdiction());
		}
		return this.speaksOfPlaces.test(candidate);
	}

	/**
	 * Whether the question names no place and the clause's document is of one place while
	 * another candidate's holds nationwide.
	 */
	boolean localBesideNational(Candidate candidate, boolean nationalCandidate) {
		return nationalCandidate && this.places.isEmpty() && candidate.jurisdiction() != null
				&& !isNationwide(candidate);
	}

	/**
	 * Whether the clause's document holds for the whole country (a law or regulation
	 * naming no place).
	 */
	static boolean isNationwide(Candidate candidate) {
		return Places.NATIONAL.equals(candidate.jurisdiction());
	}

}
