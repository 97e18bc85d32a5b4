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
 */
public record BotReply(ReplyType type, String answer, double confidence, List<Source> sources, List<String> options,
		String ticketId) {

	public BotReply {
		sources = List.copyOf(sources);
		options = List.copyOf(options);
	}

}
