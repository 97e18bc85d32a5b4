package wenzheng.bot.conversation;

import java.util.List;

import wenzheng.index.answer.Source;

/**
 * The bot's reply, before a channel renders it.
 *
 * @param type the kind of reply
 * @param answer the text to show
 * @param confidence how sure the bot is, 0 to 1
 * @param sources the clauses cited
 * @param options the choices offered with a {@link ReplyType#CLARIFY}
 * @param ticketId the hotline ticket number when escalated, else {@code null}
 * @param turnId the stored conversation turn, for feedback; {@code null} before it is
 * stored
 */
public record BotReply(ReplyType type, String answer, double confidence, List<Source> sources, List<String> options,
		String ticketId, Long turnId) {

	public BotReply {
		sources = List.copyOf(sources);
		options = List.copyOf(options);
	}

	public BotReply(ReplyType type, String answer, double confidence, List<Source> sources, List<String> options,
			String ticketId) {
		this(type, answer, confidence, sources, options, ticketId, null);
	}

	public BotReply withTurn(long id) {
		return new BotReply(this.type, this.answer, this.confidence, this.sources, this.options, this.ticketId, id);
	}

}
