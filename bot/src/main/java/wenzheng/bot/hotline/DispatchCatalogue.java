package wenzheng.bot.hotline;

import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dispatch catalogue (派单目录) administrators keep up to date, and the department it
 * suggests for a new ticket: the best matching row first, then the leading unit of the
 * bot's best clause.
 */
@Service
class DispatchCatalogue {

	private final DispatchRuleRepository rules;

	private final Clock clock;

	DispatchCatalogue(DispatchRuleRepository rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	String suggest(String question, List<CandidateClause> candidates) {
		return DispatchRule.best(this.rules.findAll(), question)
			.map(DispatchRule::department)
			.orElseGet(() -> DepartmentSuggestion.from(candidates));
	}

	List<DispatchRule> all() {
		return this.rules.findAll();
	}

	DispatchRule add(DispatchRule rule) {
		long id = this.rules.insert(rule, this.clock.instant());
		return new DispatchRule(id, rule.keywords(), rule.place(), rule.department());
	}

	DispatchRule update(DispatchRule rule) {
		if (!this.rules.update(rule, this.clock.instant())) {
			throw notFound();
		}
		return rule;
	}

	void delete(long id) {
		if (!this.rules.delete(id)) {
			throw notFound();
		}
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "派单目录中没有这一条");
	}

}
