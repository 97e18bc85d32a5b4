package wenzheng.index.answer;

import java.util.List;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;

/**
 * Writes the reply: the fact first (a column when the question asks for exactly that,
 * then the passage that answers), then the citation with the responsible unit and
 * deadline of the item.
 */
final class AnswerComposer {

	private final SentencePicker picker = new SentencePicker();

	String compose(Candidate candidate, List<Concept> concepts, Intent intent) {
		String passage = this.picker.pick(candidate.text(), concepts, intent);
		StringBuilder reply = new StringBuilder();
		String deadline = candidate.columns().deadline();
		String responsible = candidate.columns().responsible();
		boolean leadDeadline = intent == Intent.DEADLINE && deadline != null;
		boolean leadResponsible = intent == Intent.RESPONSIBLE && responsible != null;
		if (leadDeadline) {
			reply.append("时限要求：").append(deadline).append("。");
		}
		if (leadResponsible) {
			reply.append("责任单位：").append(responsible).append("。");
		}
		reply.append(passage);
		reply.append("\n\n来源：《").append(candidate.title()).append("》");
		if (!candidate.section().isEmpty()) {
			reply.append(" ").append(candidate.section());
		}
		if (responsible != null && !leadResponsible) {
			reply.append("\n责任单位：").append(responsible);
		}
		if (deadline != null && !leadDeadline) {
			reply.append("\n时限要求：").append(deadline);
		}
		return reply.toString();
	}

}
