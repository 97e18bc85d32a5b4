package wenzheng.index.question;

import java.util.List;

/**
 * A question as the answering code reads it.
 *
 * @param text the whole message
 * @param focus the part that asks: the question sentences of a long message, else the
 * whole message
 * @param intent the kind of fact asked for
 * @param places the known jurisdictions the message names
 * @param unknownPlaces places the message names that no document covers
 * @param years the years the message names
 */
public record Question(String text, String focus, Intent intent, List<String> places, List<String> unknownPlaces,
		List<Integer> years) {

	public Question {
		places = List.copyOf(places);
		unknownPlaces = List.copyOf(unknownPlaces);
		years = List.copyOf(years);
	}

	/**
	 * The same question asked about one place, as after a clarifying answer.
	 */
	public Question withPlace(String place) {
		return new Question(this.text, this.focus, this.intent, List.of(place), List.of(), this.years);
	}

}
