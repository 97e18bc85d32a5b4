package wenzheng.bot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into parts below Telegram's 4096-character limit, preferring
 * paragraph, line and sentence ends, and never inside a surrogate pair. The limit counts
 * the text as sent, HTML-escaped: a reply of quotation marks is six times as long there.
 */
final class MessageSplitter {

	static final int MAX_PART = 4000;

	private static final String SENTENCE_ENDS = "。！？；!?;";

	private MessageSplitter() {
	}

	static List<String> split(String text) {
		return split(text, MAX_PART);
	}

	/**
	 * @param maxPart the most characters a part may take once HTML-escaped
	 */
	static List<String> split(String text, int maxPart) {
		List<String> parts = new ArrayList<>();
		String rest = text.strip();
		while (escapedLength(rest, maxPart) > maxPart) {
			int cut = cutPoint(rest, fittingPrefix(rest, maxPart));
			parts.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		if (!rest.isEmpty()) {
			parts.add(rest);
		}
		return parts;
	}

	/**
	 * How many characters of the text fit in the limit once escaped.
	 */
	private static int fittingPrefix(String text, int maxEscaped) {
		int length = 0;
		for (int i = 0; i < text.length(); i++) {
			length += escapedLength(text.charAt(i));
			if (length > maxEscaped) {
				return i;
			}
		}
		return text.length();
	}

	/**
	 * The text's escaped length, counted only up to just past the limit.
	 */
	private static int escapedLength(String text, int limit) {
		int length = 0;
		for (int i = 0; i < text.length() && length <= limit; i++) {
			length += escapedLength(text.charAt(i));
		}
		return length;
	}

	/**
	 * What HTML escaping makes of a character: &amp;amp; &amp;lt; &amp;gt; &amp;quot;
	 * &amp;#39;.
	 */
	private static int escapedLength(char c) {
		return switch (c) {
			case '&', '\'' -> 5;
			case '<', '>' -> 4;
			case '"' -> 6;
			default -> 1;
		};
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
