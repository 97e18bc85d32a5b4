package wenzheng.index.answer;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;

/**
 * Whether two candidate clauses give one answer rather than two answers competing for the
 * question: one restates the other ({@link Restatements}: a law and the local regulation
 * repeating it), or the question asks for a deadline or a responsible unit and both name
 * the same one in that column (the items of a work plan's table share their deadlines and
 * units: whichever item the citizen means, the reply is the same). The confidence reads
 * the first candidate's lead over the best one giving another answer.
 */
final class OneAnswer {

	private final Intent intent;

	OneAnswer(Intent intent) {
		this.intent = intent;
	}

	/**
	 * A candidate read for comparing: read once, compared with each other candidate.
	 */
	Reading read(Candidate candidate) {
		String column = switch (this.intent) {
			case DEADLINE -> candidate.columns().deadline();
			case RESPONSIBLE -> candidate.columns().responsible();
			default -> null;
		};
		return new Reading(Restatements.of(candidate.text()), column == null || column.isBlank() ? null : column);
	}

	/**
	 * A candidate as compared: its text and the column the question asks for, if any.
	 */
	record Reading(Restatements.Text text, String askedColumn) {

		/**
		 * Whether the two give one answer; it goes both ways.
		 */
		boolean sameAs(Reading other) {
			return this.text.restates(other.text)
					|| (this.askedColumn != null && this.askedColumn.equals(other.askedColumn));
		}

	}

}
