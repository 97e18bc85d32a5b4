package wenzheng.bot.conversation;

/**
 * A citizen's message as every channel hands it over.
 *
 * @param question the message text
 * @param sessionId the conversation it belongs to (web session, Telegram chat)
 * @param channel where it came from: {@value #WEB} or {@value #TELEGRAM}
 */
public record Inquiry(String question, String sessionId, String channel) {

	public static final String WEB = "web";

	public static final String TELEGRAM = "telegram";

}
