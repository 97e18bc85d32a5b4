package wenzheng.knowledge.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file: UTF-8 (with or without byte-order mark), else GB18030, the
 * encoding of most Chinese government files that are not UTF-8. Binary content is
 * refused.
 */
final class TextDecoder {

	private static final Charset GB18030 = Charset.forName("GB18030");

	String decode(byte[] bytes) {
		String text = strict(bytes, StandardCharsets.UTF_8);
		if (text == null) {
			text = strict(bytes, GB18030);
		}
		if (text == null || looksBinary(text)) {
			throw new IllegalArgumentException("不是可读的文本文件（编码无法识别或含有二进制内容）");
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static String strict(byte[] bytes, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean looksBinary(String text) {
		long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
		return control > text.length() / 100 + 1;
	}

}
