package wenzheng.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.index.answer.Answer;
import wenzheng.index.answer.Answerer;
import wenzheng.index.question.Question;

/**
 * Decides the reply to a message without side effects beyond the session's memory: small
 * talk, a request for a person, the answer to a question asked back, or a new question
 * for the knowledge base. The eval command uses it directly, so evaluation opens no
 * tickets.
 */
@Component
public class ReplyPlanner {

	/** The hand-over reason when the citizen asks for a person. */
	static final String PERSON_REQUESTED = "市民要求人工处理";

	private final KnowledgeBase knowledgeBase;

	private final SmallTalk smallTalk;

	private final SessionMemory memory;

	ReplyPlanner(KnowledgeBase knowledgeBase, SmallTalk smallTalk, SessionMemory memory) {
		this.knowledgeBase = knowledgeBase;
		this.smallTalk = smallTalk;
		this.memory = memory;
	}

	public Plan plan(Inquiry inquiry) {
		return plan(inquiry, this.knowledgeBase.answerer());
	}

	/**
	 * Plans with a given answerer (the eval command passes one without threshold for its
	 * trade-off curve).
	 */
	public Plan plan(Inquiry inquiry, Answerer answerer) {
		return plan(inquiry, answerer, () -> this.memory.askedBack(inquiry));
	}

	/**
	 * Plans with a given answerer and a given memory of the question last asked back
	 * about ("哪个地区的？"): the question set runner records no turns, so it keeps that memory
	 * itself.
	 */
	public Plan plan(Inquiry inquiry, Answerer answerer, Supplier<Optional<String>> lastAskedBack) {
		String message = inquiry.question().strip();
		// Only a message naming a place can answer "哪个地区的？": the session is looked up
		// for no other.
		List<String> places = answerer.places().known(message);
		Optional<String> askedBack = places.isEmpty() ? Optional.empty() : lastAskedBack.get();
		if (askedBack.isPresent()) {
			return fromAnswer(answerer.answer(answerer.read(askedBack.get().strip()).withPlace(places.get(0))));
		}
		Optional<String> talk = this.smallTalk.reply(message);
		if (talk.isPresent()) {
			return Plan.reply(new BotReply(ReplyType.SMALLTALK, talk.get(), 1, List.of(), List.of(), null));
		}
		Question question = answerer.read(message);
		// Beyond declarations ("我要投诉"), only the asking part counts: "孩子没空帮我找" in a
		// story is not a request for a person.
		if (PersonRequest.isMadeIn(message, question.focus())) {
			return Plan.handOver(0, PERSON_REQUESTED, List.of());
		}
		return fromAnswer(answerer.answer(question));
	}

	private Plan fromAnswer(Answer answer) {
		return switch (answer.decision()) {
			case ANSWER -> Plan.reply(new BotReply(ReplyType.ANSWER, answer.text(), answer.confidence(),
					answer.sources(), List.of(), null));
			case CLARIFY -> Plan.reply(new BotReply(ReplyType.CLARIFY, answer.text(), answer.confidence(), List.of(),
					answer.options(), null));
			// No citizen is turned away: small talk is only what SmallTalk recognises,
			// and any
			// other question the bot cannot answer is what the hotline is for.
			case ABSTAIN -> Plan.handOver(answer.confidence(), answer.reason(), answer.sources());
		};
	}

}
