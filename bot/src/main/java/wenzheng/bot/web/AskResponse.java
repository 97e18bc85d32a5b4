package wenzheng.bot.web;

import java.util.List;

import wenzheng.bot.conversation.BotReply;
import wenzheng.index.answer.Source;

/**
 * The reply to {@code POST /api/ask}.
 *
 * @param type ANSWER, CLARIFY, ESCALATED or SMALLTALK
 * @param answer the text to show
 * @param confidence 0 to 1
 * @param sources the cited clauses
 * @param options the places to choose from with a CLARIFY
 * @param ticketId the hotline ticket number when escalated
 * @param sessionId the session to continue (and to poll staff replies of)
 * @param turnId the stored turn, to give feedback on
 * @param related up to three related questions (猜你想问) after an answer
 */
record AskResponse(String type, String answer, double confidence, List<Source> sources, List<String> options,
		String ticketId, String sessionId, Long turnId, List<String> related) {

	static AskResponse of(BotReply reply, String sessionId, List<String> related) {
		return new AskResponse(reply.type().name(), reply.answer(), Math.round(reply.confidence() * 1000) / 1000.0,
				reply.sources(), reply.options(), reply.ticketId(), sessionId, reply.turnId(), related);
	}

}
