package wenzheng.knowledge.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Text comes out of each supported format, made here as small fixtures; broken and
 * unsupported files get a clear message.
 */
class TextExtractorTests {

	private final TextExtractor extractor = new TextExtractor();

	@Test
	void readsWordDocuments() throws IOException {
		String text = this.extractor.extract("通知.docx", docx("某某县2024年政务公开工作要点", "一、总体要求", "（一）年内至少举办1次政府开放日活动。"));
		assertThat(text).contains("某某县2024年政务公开工作要点").contains("（一）年内至少举办1次政府开放日活动。");
	}

	@Test
	void readsOldBinaryWordDocuments() throws IOException {
		byte[] doc;
		try (var in = getClass().getResourceAsStream("/fixtures/work-plan.doc")) {
			doc = in.readAllBytes();
		}
		String text = this.extractor.extract("通知.doc", doc);
		assertThat(text).contains("某某县2024年政务公开工作要点")
			.contains("（一）年内至少举办1次政府开放日活动，由县政务公开办牵头。")
			.contains("（二）政策解读材料在文件印发后3个工作日内发布。");
		assertThatThrownBy(() -> this.extractor.extract("改名的.doc", docx("不是旧版Word")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void readsHtmlWithoutMarkupOrScripts() {
		String html = """
				<html><head><title>通知</title><script>alert('x')</script></head>
				<body><h1>关于做好政务公开工作的通知</h1><p>一、各部门要在7个工作日内公开。</p></body></html>""";
		String text = this.extractor.extract("notice.html", html.getBytes(StandardCharsets.UTF_8));
		assertThat(text).contains("关于做好政务公开工作的通知").contains("一、各部门要在7个工作日内公开。").doesNotContain("alert");
	}

	@Test
	void readsPdf() throws IOException {
		String text = this.extractor.extract("plan.pdf", pdf("1. Publish the annual report by 31 March."));
		assertThat(text).contains("Publish the annual report by 31 March.");
	}

	@Test
	void readsPlainTextInUtf8AndGb18030() {
		assertThat(this.extractor.extract("a.txt", "一、总体要求".getBytes(StandardCharsets.UTF_8))).isEqualTo("一、总体要求");
		assertThat(this.extractor.extract("a.md", "一、总体要求".getBytes(java.nio.charset.Charset.forName("GB18030"))))
			.isEqualTo("一、总体要求");
	}

	@Test
	void brokenOrUnsupportedFilesGetAClearMessage() throws IOException {
		byte[] garbage = { 0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
		assertThatThrownBy(() -> this.extractor.extract("坏文件.docx", garbage))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("无法读取该文件");
		assertThatThrownBy(() -> this.extractor.extract("改名的.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("文件内容与扩展名 .pdf 不符");
		assertThatThrownBy(
				() -> this.extractor.extract("截断的.pdf", java.util.Arrays.copyOf(pdf("1. Half a file."), 300)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("无法读取该文件");
		assertThatThrownBy(() -> this.extractor.extract("表格.xlsx", new byte[] { 1 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("不支持的文件类型：.xlsx");
		assertThat(TextExtractor.supported("a/b/通知.DOCX")).isTrue();
		assertThat(TextExtractor.supported("通知")).isFalse();
	}

	static byte[] docx(String... paragraphs) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String paragraph : paragraphs) {
				document.createParagraph().createRun().setText(paragraph);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	static byte[] pdf(String line) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(line);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
