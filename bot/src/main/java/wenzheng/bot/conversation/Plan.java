package wenzheng.bot.conversation;

import java.util.List;

import wenzheng.index.answer.Source;

/**
 * What the bot will reply, decided without side effects: either a reply to send as is, or
 * a hand-over to the hotline with the reason and the candidates staff should see.
 *
 * @param reply the reply (for a hand-over: without ticket number yet)
 * @param handOver whether a ticket must be opened
 * @param reason why the bot hands over
 * @param candidates the best clauses found, for staff
 */
public record Plan(BotReply reply, boolean handOver, String reason, List<Source> candidates) {

	static Plan reply(BotReply reply) {
		return new Plan(reply, false, null, List.of());
	}

	static Plan handOver(double confidence, String reason, List<Source> candidates) {
		return new Plan(new BotReply(ReplyType.ESCALATED, "", confidence, List.of(), List.of(), null), true, reason,
				candidates);
	}

}
