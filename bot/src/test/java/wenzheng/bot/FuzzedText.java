package wenzheng.bot;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Strings read from fuzzer input for the hostile-input suites.
 */
public final class FuzzedText {

	private FuzzedText() {
	}

	/**
	 * Reads up to {@code maxLength} UTF-16 units of any value, control characters and
	 * lone surrogates included.
	 * @param data the fuzzer input
	 * @param maxLength the longest text
	 * @return the text
	 */
	public static String anyChars(FuzzedDataProvider data, int maxLength) {
		int length = data.consumeInt(0, maxLength);
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length && data.remainingBytes() > 1) {
			text.append(data.consumeChar());
		}
		return text.toString();
	}

	/**
	 * Reads up to {@code maxLength} characters taken from {@code chars}.
	 * @param data the fuzzer input
	 * @param chars the characters to choose from
	 * @param maxLength the longest text
	 * @return the text
	 */
	public static String charsOf(FuzzedDataProvider data, String chars, int maxLength) {
		int length = data.consumeInt(0, maxLength);
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length && data.remainingBytes() > 0) {
			text.append(chars.charAt(data.consumeInt(0, chars.length() - 1)));
		}
		return text.toString();
	}

	/**
	 * Reads a long text of {@code minLength} to {@code maxLength} characters repeating a
	 * short pattern of {@code chars}, so that a few input bytes make a huge field.
	 * @param data the fuzzer input
	 * @param chars the characters of the pattern
	 * @param minLength the shortest text
	 * @param maxLength the longest text
	 * @return the text
	 */
	public static String longOf(FuzzedDataProvider data, String chars, int minLength, int maxLength) {
		String pattern = charsOf(data, chars, 16);
		if (pattern.isEmpty()) {
			pattern = chars.substring(0, 1);
		}
		int length = data.consumeInt(minLength, maxLength);
		return pattern.repeat(length / pattern.length() + 1).substring(0, length);
	}

}
