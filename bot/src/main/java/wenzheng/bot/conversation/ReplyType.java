package wenzheng.bot.conversation;

/**
 * The kind of reply a citizen gets.
 */
public enum ReplyType {

	/** A cited answer from the knowledge base. */
	ANSWER,
	/** A question back: which place is meant. */
	CLARIFY,
	/** Handed to the hotline with a ticket. */
	ESCALATED,
	/** Greetings, thanks, questions about the bot, or a message outside its scope. */
	SMALLTALK

}
