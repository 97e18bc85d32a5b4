package wenzheng.knowledge.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import wenzheng.knowledge.SeededInputs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random, truncated and corrupted files of every supported format either give text or a
 * clear message (IllegalArgumentException), never another exception.
 */
class TextExtractorFuzzTests {

	private static final List<String> NAMES = List.of("a.txt", "a.md", "a.docx", "a.doc", "a.pdf", "a.html", "a.htm");

	private static final byte[] DOCX = docx();

	private final TextExtractor extractor = new TextExtractor();

	@FuzzTest
	void brokenFilesGetAClearMessage(FuzzedDataProvider data) {
		String name = data.pickValue(NAMES);
		byte[] content = content(data);
		try {
			String text = this.extractor.extract(name, content);
			assertThat(text).isNotNull();
		}
		catch (IllegalArgumentException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
	}

	@Test
	void seededFilesGetTextOrAClearMessage() {
		SeededInputs.replay(22, SeededInputs.COUNT, 4_200, this::brokenFilesGetAClearMessage);
	}

	// In equal parts: random bytes, a truncated .docx, a .docx with three bytes changed,
	// bytes after a PDF header.
	private static byte[] content(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 3)) {
			case 0 -> data.consumeBytes(4096);
			case 1 -> truncatedDocx(data.consumeInt(0, DOCX.length));
			case 2 -> corruptedDocx(data.consumeInt(0, DOCX.length - 1), data.consumeInt(0, DOCX.length - 1),
					data.consumeInt(0, DOCX.length - 1));
			default -> concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), data.consumeBytes(2048));
		};
	}

	private static byte[] truncatedDocx(int length) {
		byte[] copy = new byte[length];
		System.arraycopy(DOCX, 0, copy, 0, length);
		return copy;
	}

	private static byte[] corruptedDocx(int first, int second, int third) {
		byte[] copy = DOCX.clone();
		copy[first] ^= 0x5A;
		copy[second] ^= (byte) 0xFF;
		copy[third] = 0;
		return copy;
	}

	private static byte[] concat(byte[] head, byte[] tail) {
		byte[] all = new byte[head.length + tail.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(tail, 0, all, head.length, tail.length);
		return all;
	}

	private static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("某某县2024年政务公开工作要点");
			document.createParagraph().createRun().setText("（一）政策文件发布后3个工作日内发布解读材料。");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
