package wenzheng.knowledge;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generated text for property tests: any Unicode (control characters and lone surrogates
 * included), text made of the marks and words policy documents use, and huge lines.
 */
public final class HostileText {

	private static final String POLICY_CHARS = "一二三四五六七八九十百第条章节编之（）()、．.。，；：\n\r\t 0123456789"
			+ "县市区省政府公开工作要点牵头负责落实年月日前内个工作日#*|-—《》“”\u0000\u001F\uD800\uDFFF\uFEFF";

	private HostileText() {
	}

	public static Arbitrary<String> any() {
		return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.strings().all().ofMaxLength(300)),
				Tuple.of(4, Arbitraries.strings().withChars(POLICY_CHARS).ofMaxLength(400)),
				Tuple.of(1, Arbitraries.strings().withChars("第一条款（）、。\n").ofMinLength(5000).ofMaxLength(20000)),
				Tuple.of(1, Arbitraries.strings().withChars("ab。").ofMinLength(20000).ofMaxLength(60000)));
	}

}
