package wenzheng.knowledge.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The text of a policy file: plain text and Markdown decoded directly (UTF-8 or GB18030),
 * Word (.docx, .doc), PDF and HTML through Apache Tika. A file that cannot be read gets a
 * clear message, never a partial text.
 */
public final class TextExtractor {

	/** The file name extensions that can be imported. */
	public static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "docx", "doc", "pdf", "html",
			"htm");

	private static final Set<String> PLAIN_TEXT = Set.of("txt", "text", "md", "markdown");

	/**
	 * What the content must be detected as for each extension: a renamed file is refused.
	 */
	private static final Map<String, Set<String>> DETECTED = Map.of("pdf", Set.of("application/pdf"), "docx",
			Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/x-tika-ooxml"),
			"doc", Set.of("application/msword", "application/x-tika-msoffice"), "html",
			Set.of("text/html", "application/xhtml+xml"), "htm", Set.of("text/html", "application/xhtml+xml"));

	/** The longest text one file may yield, in characters. */
	static final int MAX_CHARACTERS = 5_000_000;

	private final TextDecoder decoder = new TextDecoder();

	private final AutoDetectParser parser = new AutoDetectParser();

	public static boolean supported(String fileName) {
		return EXTENSIONS.contains(extension(fileName));
	}

	String extract(String fileName, byte[] content) {
		String extension = extension(fileName);
		if (PLAIN_TEXT.contains(extension)) {
			return this.decoder.decode(content);
		}
		if (!EXTENSIONS.contains(extension)) {
			throw new IllegalArgumentException("不支持的文件类型：" + (extension.isEmpty() ? "无扩展名" : "." + extension)
					+ "（支持 .txt .md .docx .doc .pdf .html）");
		}
		String detected = detect(fileName, content);
		if (!DETECTED.get(extension).contains(detected)) {
			throw new IllegalArgumentException("文件内容与扩展名 ." + extension + " 不符，无法读取");
		}
		return parse(fileName, content);
	}

	private String detect(String fileName, byte[] content) {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		try (InputStream in = TikaInputStream.get(content)) {
			return this.parser.getDetector().detect(in, metadata).getBaseType().toString();
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	private String parse(String fileName, byte[] content) {
		BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		try (InputStream in = new ByteArrayInputStream(content)) {
			this.parser.parse(in, handler, metadata, new ParseContext());
		}
		catch (EncryptedDocumentException ex) {
			throw new IllegalArgumentException("文件已加密，无法读取");
		}
		catch (SAXException ex) {
			if (WriteLimitReachedException.isWriteLimitReached(ex)) {
				throw new IllegalArgumentException("文件文字超过 %d 字上限".formatted(MAX_CHARACTERS));
			}
			throw unreadable(ex);
		}
		catch (TikaException | IOException | RuntimeException ex) {
			throw unreadable(ex);
		}
		return handler.toString();
	}

	private static IllegalArgumentException unreadable(Exception ex) {
		return new IllegalArgumentException("无法读取该文件（文件已损坏或格式与扩展名不符）", ex);
	}

	static String extension(String fileName) {
		String name = fileName.substring(fileName.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
