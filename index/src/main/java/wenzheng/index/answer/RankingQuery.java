package wenzheng.index.answer;

import java.util.List;

import wenzheng.index.question.Intent;

/**
 * What ranking knows of the question.
 *
 * @param concepts the weighted things it asks about
 * @param intent the kind of fact asked for
 * @param value the particular kind of value asked for, if any
 * @param places the known places it names
 * @param longMessage whether only its asking sentences were kept
 * @param stated the durations and ages it states of the citizen's own case
 */
record RankingQuery(List<Concept> concepts, Intent intent, AskedValue value, List<String> places, boolean longMessage,
		StatedFigures stated) {

	RankingQuery {
		concepts = List.copyOf(concepts);
		places = List.copyOf(places);
	}

}
