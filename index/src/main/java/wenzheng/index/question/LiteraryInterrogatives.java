package wenzheng.index.question;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Written questions ask with classical interrogatives ("有何奖励", "何处办理", "何种情形"); the
 * question is read with their everyday forms ("有什么奖励", "哪里办理", "什么情形"), which the
 * patterns of intents and asked values know. Not inside words: "任何人", "如何", "几何".
 */
final class LiteraryInterrogatives {

	private static final String NOT_INSIDE_A_WORD = "(?<![任如几奈])";

	private static final List<Map.Entry<Pattern, String>> EVERYDAY = List.of(
			Map.entry(Pattern.compile(NOT_INSIDE_A_WORD + "何(处|地)"), "哪里"),
			Map.entry(Pattern.compile(NOT_INSIDE_A_WORD + "何种"), "什么"),
			Map.entry(Pattern.compile(NOT_INSIDE_A_WORD + "何人"), "谁"),
			Map.entry(Pattern.compile(NOT_INSIDE_A_WORD + "何时"), "什么时候"),
			Map.entry(Pattern.compile("有何(?=\\p{IsHan})"), "有什么"), Map.entry(Pattern.compile("(?<![因作成])为何"), "为什么"));

	private LiteraryInterrogatives() {
	}

	static String everyday(String question) {
		if (question.indexOf('何') < 0) {
			return question;
		}
		String read = question;
		for (Map.Entry<Pattern, String> form : EVERYDAY) {
			read = form.getKey().matcher(read).replaceAll(form.getValue());
		}
		return read;
	}

}
