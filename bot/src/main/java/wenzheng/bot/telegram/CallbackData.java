package wenzheng.bot.telegram;

import java.nio.charset.StandardCharsets;

/**
 * What an inline button asks for, encoded in Telegram's callback data (at most 64 bytes):
 * {@code fb:1:<turn>} / {@code fb:0:<turn>} for feedback, {@code human} for a person,
 * {@code opt:<text>} for a clarifying option, {@code rl:<1-5>:<ticket>} for a five-level
 * rating of a staff reply; {@code rate:1:<ticket>} / {@code rate:0:<ticket>}, the 满意/不满意
 * buttons of replies sent before there were five levels, still count as 4 and 2;
 * {@code sp:<place>} for the place of a subscription, {@code us:<id>} / {@code us:all} to
 * cancel subscriptions.
 */
sealed interface CallbackData {

	int MAX_BYTES = 64;

	record Feedback(long turnId, boolean helpful) implements CallbackData {

	}

	record Human() implements CallbackData {

	}

	record Option(String text) implements CallbackData {

	}

	record Rating(String ticketNumber, int level) implements CallbackData {

	}

	record SubscribePlace(String place) implements CallbackData {

	}

	record Unsubscribe(String which) implements CallbackData {

	}

	record Unknown(String data) implements CallbackData {

	}

	static String feedback(long turnId, boolean helpful) {
		return "fb:" + (helpful ? 1 : 0) + ":" + turnId;
	}

	static String rating(String ticketNumber, int level) {
		return "rl:" + level + ":" + ticketNumber;
	}

	static String subscribePlace(String place) {
		return shortened("sp:", place);
	}

	static String unsubscribe(String which) {
		return "us:" + which;
	}

	static String human() {
		return "human";
	}

	/**
	 * The option's callback data, its text shortened to fit the limit.
	 */
	static String option(String text) {
		return shortened("opt:", text);
	}

	private static String shortened(String prefix, String text) {
		StringBuilder data = new StringBuilder(prefix);
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			String next = new String(Character.toChars(codePoint));
			if ((data + next).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
				break;
			}
			data.append(next);
			i += Character.charCount(codePoint);
		}
		return data.toString();
	}

	static CallbackData parse(String data) {
		if (data == null) {
			return new Unknown("");
		}
		if (data.equals("human")) {
			return new Human();
		}
		if (data.startsWith("opt:") && data.length() > 4) {
			return new Option(data.substring(4));
		}
		if (data.startsWith("sp:") && data.length() > 3) {
			return new SubscribePlace(data.substring(3));
		}
		if (data.matches("us:(all|\\d{1,18})")) {
			return new Unsubscribe(data.substring(3));
		}
		if (data.matches("rl:[1-5]:[A-Z0-9-]{1,40}")) {
			return new Rating(data.substring(5), data.charAt(3) - '0');
		}
		if (data.matches("rate:[01]:[A-Z0-9-]{1,40}")) {
			return new Rating(data.substring(7), data.charAt(5) == '1' ? 4 : 2);
		}
		if (data.matches("fb:[01]:\\d{1,18}")) {
			return new Feedback(Long.parseLong(data.substring(5)), data.charAt(3) == '1');
		}
		return new Unknown(data);
	}

}
