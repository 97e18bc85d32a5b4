package wenzheng.bot.conversation;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A message that only asks for a person ("转人工", "人工客服。"), as the 转人工 buttons send it: it
 * carries no question of its own, so the ticket takes the session's last one.
 */
final class HandOverRequest {

	private static final Set<String> WORDS = Set.of("转人工", "人工", "人工服务", "人工客服", "转人工服务", "转人工客服");

	private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s]+");

	private HandOverRequest() {
	}

	static boolean isBare(String message) {
		return WORDS.contains(PUNCTUATION.matcher(message).replaceAll(""));
	}

}
