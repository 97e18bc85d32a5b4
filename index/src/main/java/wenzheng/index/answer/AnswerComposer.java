package wenzheng.index.answer;

import java.util.ArrayList;
import java.util.List;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;

/**
 * Writes the reply: the fact first (a column when the question asks for exactly that,
 * then the passage that answers), then the citation with the responsible unit and
 * deadline of the item.
 */
final class AnswerComposer {

	/** Lead column and passage together: what the reader sees before the citation. */
	static final int FACT_LENGTH = 185;

	private static final int MIN_PASSAGE = 80;

	private static final double HEADING_WORD_WEIGHT = 0.35;

	private final SentencePicker picker = new SentencePicker();

	String compose(Candidate candidate, List<Concept> concepts, Intent intent, AskedValue asked, StatedFigures stated) {
		StringBuilder reply = new StringBuilder();
		String deadline = candidate.columns().deadline();
		String responsible = candidate.columns().responsible();
		boolean leadDeadline = asksWhen(intent, asked) && deadline != null
				|| intent == Intent.QUANTITY && IntentCues.isFrequency(deadline);
		boolean leadResponsible = intent == Intent.RESPONSIBLE && responsible != null;
		if (leadDeadline) {
			reply.append("时限要求：").append(deadline).append("。");
		}
		if (leadResponsible) {
			reply.append("责任单位：").append(responsible).append("。");
		}
		// The fact and its passage share one phone screen's worth of text; the citation
		// follows.
		int room = Math.max(MIN_PASSAGE, FACT_LENGTH - reply.length());
		String passage = this.picker.pick(body(candidate), telling(candidate, concepts), intent, asked, stated, room);
		reply.append(passage);
		String deliverable = candidate.columns().deliverable();
		if (holdsOnlyInDeliverable(asked, passage, deliverable)) {
			reply.append("\n可检视成果：").append(deliverable.strip());
		}
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

	/**
	 * Whether the value asked is in the item's deliverable column and not in the passage:
	 * "纸质政府公报摆放在公共场所" answers "纸质版放哪儿了" from the column of what is to be shown for the
	 * task, while the text only says the gazette is compiled.
	 */
	private static boolean holdsOnlyInDeliverable(AskedValue asked, String passage, String deliverable) {
		// Nothing in particular asked is held by any passage, and a blank column holds
		// nothing.
		return deliverable != null && !asked.heldIn(passage) && asked.heldIn(deliverable);
	}

	/**
	 * Whether the question asks when, also as a yes/no question stating a time ("干到2021年底
	 * 就算交差了吗" asks whether that meets the deadline, which the item's deadline answers).
	 */
	private static boolean asksWhen(Intent intent, AskedValue asked) {
		return intent == Intent.DEADLINE || asked.kind() == AskedValue.Kind.PERIOD;
	}

	/**
	 * The clause's text without a copy of its title or a heading standing alone at its
	 * start (a news text opens with its headline): the citation names it, and as an
	 * answer it would only repeat what the question asked about.
	 */
	private static String body(Candidate candidate) {
		String text = candidate.text();
		List<String> headings = new ArrayList<>(candidate.headingPath());
		headings.add(candidate.title());
		for (String heading : headings) {
			boolean standsAlone = heading != null && !heading.isBlank() && text.length() > heading.length()
					&& text.startsWith(heading) && Character.isWhitespace(text.charAt(heading.length()));
			if (standsAlone && !text.substring(heading.length()).isBlank()) {
				return text.substring(heading.length()).strip();
			}
		}
		return text;
	}

	/**
	 * The question words, those of the title or a heading above the clause weighing less:
	 * they are what the whole clause is about (a news text opens with its headline), so
	 * at full weight they would draw the answer to the sentence repeating them.
	 */
	private static List<Concept> telling(Candidate candidate, List<Concept> concepts) {
		String headings = candidate.headings();
		return concepts.stream()
			.map(concept -> concept.in(headings)
					? new Concept(concept.word(), concept.forms(), concept.weight() * HEADING_WORD_WEIGHT) : concept)
			.toList();
	}

}
