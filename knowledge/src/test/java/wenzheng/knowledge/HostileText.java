package wenzheng.knowledge;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Text read from fuzzer input: any UTF-16 (control characters and lone surrogates
 * included), text made of the marks and words policy documents use, and huge lines.
 */
public final class HostileText {

	private static final String POLICY_CHARS = "一二三四五六七八九十百第条章节编之（）()、．.。，；：\n\r\t 0123456789"
			+ "县市区省政府公开工作要点牵头负责落实年月日前内个工作日#*|-—《》“”\u0000\u001F\uD800\uDFFF\uFEFF";

	private HostileText() {
	}

	/**
	 * Reads one text, in the proportions 4 any, 4 policy marks, 1 huge numbered, 1 huge
	 * unnumbered.
	 * @param data the fuzzer input
	 * @return the text
	 */
	public static String from(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 9)) {
			case 0, 1, 2, 3 -> anyChars(data, 300);
			case 4, 5, 6, 7 -> charsOf(data, POLICY_CHARS, 400);
			case 8 -> longOf(data, "第一条款（）、。\n", 5_000, 20_000);
			default -> longOf(data, "ab。", 20_000, 60_000);
		};
	}

	/**
	 * Reads up to {@code maxLength} UTF-16 units of any value.
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
	 * short pattern of {@code chars}, so that a few input bytes make a huge text.
	 * @param data the fuzzer input
	 * @param chars the characters of the pattern
	 * @param minLength the shortest text
	 * @param maxLength the longest text
	 * @return the text
	 */
	public static String longOf(FuzzedDataProvider data, String chars, int minLength, int maxLength) {
		String pattern = charsOf(data, chars, 24);
		if (pattern.isEmpty()) {
			pattern = chars;
		}
		int length = data.consumeInt(minLength, maxLength);
		return pattern.repeat(length / pattern.length() + 1).substring(0, length);
	}

}
