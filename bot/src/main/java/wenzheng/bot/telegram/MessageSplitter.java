package wenzheng.bot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into parts below Telegram's 4096-character limit, preferring
 * paragraph, line and sentence ends, and never inside a surrogate pair.
 */
final class MessageSplitter {

	static final int MAX_PART = 4000;

	private static final String SENTENCE_ENDS = "。！？；!?;";

	private MessageSplitter() {
	}

	static List<String> split(String text) {
		return split(text, MAX_PART);
	}

	static List<String> split(String text, int maxPart) {
		List<String> parts = new ArrayList<>();
		String rest = text.strip();
		while (rest.length() > maxPart) {
			int cut = cutPoint(rest, maxPart);
			parts.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		if (!rest.isEmpty()) {
			parts.add(rest);
		}
		return parts;
	}

	private static int cutPoint(String text, int maxPart) {
		int paragraph = text.lastIndexOf("\n\n", maxPart - 1);
		if (paragraph > maxPart / 2) {
			return paragraph + 2;
		}
		int line = text.lastIndexOf('\n', maxPart - 1);
		if (line > maxPart / 2) {
			return line + 1;
		}
		for (int i = maxPart - 1; i > maxPart / 2; i--) {
			if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
				return i + 1;
			}
		}
		return Character.isHighSurrogate(text.charAt(maxPart - 1)) ? maxPart - 1 : maxPart;
	}

}
