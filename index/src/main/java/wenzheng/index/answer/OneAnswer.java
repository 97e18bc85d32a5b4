package wenzheng.index.answer;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;

/**
 * Whether two candidate clauses give one answer rather than two answers competing for the
 * question: one restates the other ({@link Restatements}: a law and the local regulation
 * repeating it), or the question asks for a deadline or a responsible unit and both name
 * the same one in that column (the items of a work plan's table share their deadlines and
 * units: whichever item the citizen means, the reply is the same), or the question asks
 * how many and both state the same count. The confidence reads the first candidate's lead
 * over the best one giving another answer.
 */
final class OneAnswer {

	/**
	 * A count of things ("26个领域" states "26个"): two clauses stating the same count answer
	 * "一共多少个" alike, whichever item the citizen means.
	 */
	private static final Pattern COUNT = Pattern
		.compile("(?<![0-9０-９.])[0-9０-９]+\\s*(个|项|条|名|人|家|次|篇|批|类|种|所|处)(?![0-9０-９])");

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
		Set<String> counts = new HashSet<>();
		if (this.intent == Intent.QUANTITY) {
			Matcher count = COUNT.matcher(candidate.text());
			while (count.find()) {
				counts.add(count.group().replaceAll("\\s", ""));
			}
		}
		return new Reading(Restatements.of(candidate.text()), column == null || column.isBlank() ? null : column,
				counts);
	}

	/**
	 * A candidate as compared: its text, the column the question asks for, if any, and
	 * the counts it states when the question asks how many.
	 */
	record Reading(Restatements.Text text, String askedColumn, Set<String> counts) {

		/**
		 * Whether the two give one answer; it goes both ways.
		 */
		boolean sameAs(Reading other) {
			return this.text.restates(other.text)
					|| (this.askedColumn != null && this.askedColumn.equals(other.askedColumn))
					|| this.counts.stream().anyMatch(other.counts::contains);
		}

	}

}
