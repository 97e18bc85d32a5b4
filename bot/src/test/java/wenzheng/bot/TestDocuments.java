package wenzheng.bot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Small Word documents made for tests.
 */
public final class TestDocuments {

	private TestDocuments() {
	}

	/**
	 * A .docx file with one paragraph per line.
	 */
	public static byte[] docx(String... paragraphs) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String paragraph : paragraphs) {
				document.createParagraph().createRun().setText(paragraph);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

}
