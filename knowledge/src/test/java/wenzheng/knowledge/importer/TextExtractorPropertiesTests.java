package wenzheng.knowledge.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random, truncated and corrupted files of every supported format either give text or a
 * clear message (IllegalArgumentException), never another exception.
 */
class TextExtractorPropertiesTests {

	private static final byte[] DOCX = docx();

	private final TextExtractor extractor = new TextExtractor();

	@Property(tries = 10_000)
	void brokenFilesGetAClearMessage(@ForAll("names") String name, @ForAll("contents") byte[] content) {
		try {
			String text = this.extractor.extract(name, content);
			assertThat(text).isNotNull();
		}
		catch (IllegalArgumentException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
	}

	@Provide
	Arbitrary<String> names() {
		return Arbitraries.of("a.txt", "a.md", "a.docx", "a.doc", "a.pdf", "a.html", "a.htm");
	}

	@Provide
	Arbitrary<byte[]> contents() {
		Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
		Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, DOCX.length).map(this::truncatedDocx);
		Arbitrary<byte[]> corrupted = Arbitraries.integers()
			.between(0, DOCX.length - 1)
			.tuple3()
			.map(positions -> corruptedDocx(positions.get1(), positions.get2(), positions.get3()));
		Arbitrary<byte[]> pdfLike = Arbitraries.bytes()
			.array(byte[].class)
			.ofMaxSize(2048)
			.map(bytes -> concat("%PDF-1.7\n".getBytes(), bytes));
		return Arbitraries.oneOf(random, truncated, corrupted, pdfLike);
	}

	private byte[] truncatedDocx(int length) {
		byte[] copy = new byte[length];
		System.arraycopy(DOCX, 0, copy, 0, length);
		return copy;
	}

	private byte[] corruptedDocx(int first, int second, int third) {
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
