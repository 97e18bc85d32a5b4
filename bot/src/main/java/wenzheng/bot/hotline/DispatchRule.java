package wenzheng.bot.hotline;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One row of the dispatch catalogue (派单目录): a ticket whose question contains one of the
 * keywords, and names the place when one is given, goes to the department.
 *
 * @param id database id
 * @param keywords words a question names, e.g. 路灯, 井盖
 * @param place a place the question must name too, or {@code null} for everywhere
 * @param department where such tickets go
 */
record DispatchRule(long id, List<String> keywords, String place, String department) {

	private static final int PLACE_BONUS = 1000;

	DispatchRule {
		keywords = List.copyOf(keywords);
	}

	/**
	 * The row that fits the question best, if any fits; of equally good rows the older
	 * one, so that a new row never silently takes over.
	 */
	static Optional<DispatchRule> best(List<DispatchRule> rules, String question) {
		return rules.stream()
			.filter(rule -> rule.score(question) > 0)
			.max(Comparator.comparingInt((DispatchRule rule) -> rule.score(question))
				.thenComparing(Comparator.comparingLong(DispatchRule::id).reversed()));
	}

	/**
	 * How well the question fits: 0 when no keyword (or not the place) is named, more for
	 * more and longer keywords; a row for a place the question names beats every row for
	 * everywhere, being the more specific.
	 */
	int score(String question) {
		if (this.place != null && !question.contains(this.place)) {
			return 0;
		}
		int score = 0;
		for (String keyword : this.keywords) {
			if (question.contains(keyword)) {
				score += 10 + keyword.length();
			}
		}
		return score == 0 || this.place == null ? score : score + PLACE_BONUS;
	}

}
