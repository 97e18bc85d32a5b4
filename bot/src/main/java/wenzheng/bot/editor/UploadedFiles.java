package wenzheng.bot.editor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import wenzheng.knowledge.importer.DocumentImporter;
import wenzheng.knowledge.importer.SourceDocument;
import wenzheng.knowledge.importer.TextExtractor;

/**
 * Turns an upload into files to import: a single file as it is, a .zip archive into its
 * supported files. Archives are read in memory with limits on the number of files and on
 * the bytes unpacked (a zip bomb stops at the limit), and entry paths never reach the
 * file system: a file's id is its path inside the archive, cleaned.
 */
final class UploadedFiles {

	static final int MAX_ENTRIES = 500;

	static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

	private UploadedFiles() {
	}

	/** The longest file name (with its path inside an archive) a document may have. */
	static final int MAX_NAME = 200;

	static List<SourceDocument> of(String fileName, byte[] content) {
		String name = cleanPath(fileName);
		if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
			return unzip(content);
		}
		return List.of(new SourceDocument(id(name), name, content));
	}

	private static List<SourceDocument> unzip(byte[] content) {
		List<SourceDocument> files = new ArrayList<>();
		long unpacked = 0;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES) {
					throw new EditRejected("压缩包内文件超过 " + MAX_ENTRIES + " 个");
				}
				String name = cleanPath(entry.getName());
				if (entry.isDirectory() || name.isEmpty() || !TextExtractor.supported(name)) {
					continue;
				}
				byte[] bytes = readLimited(zip, MAX_UNPACKED_BYTES - unpacked);
				unpacked += bytes.length;
				files.add(new SourceDocument(id(name), name, bytes));
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new EditRejected("压缩包已损坏或无法读取");
		}
		if (entries == 0) {
			throw new EditRejected("压缩包已损坏或为空");
		}
		return files;
	}

	private static byte[] readLimited(InputStream in, long remaining) throws IOException {
		long limit = Math.min(remaining, DocumentImporter.MAX_FILE_BYTES + 1L);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int read;
		while ((read = in.read(buffer)) > 0) {
			if (out.size() + read > limit) {
				throw new EditRejected(limit < DocumentImporter.MAX_FILE_BYTES + 1L
						? "压缩包解压后超过 " + MAX_UNPACKED_BYTES / 1024 / 1024 + " MB 上限" : "压缩包内有文件超过单个文件大小上限");
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	/**
	 * The path with '/' separators, without drive letters, leading slashes, '.' and '..'
	 * segments or control characters.
	 */
	static String cleanPath(String path) {
		String normalized = path == null ? "" : path.replace('\\', '/').replaceAll("\\p{Cntrl}", "");
		List<String> segments = new ArrayList<>();
		for (String segment : normalized.split("/")) {
			if (!segment.isBlank() && !segment.equals(".") && !segment.equals("..") && !segment.endsWith(":")) {
				segments.add(segment.strip());
			}
		}
		String cleaned = String.join("/", segments);
		// Stored as the document's id and source; a longer name would not fit.
		if (cleaned.length() > MAX_NAME) {
			throw new EditRejected("文件名过长（含路径不超过" + MAX_NAME + "个字符），请改短后再上传");
		}
		return cleaned;
	}

	private static String id(String name) {
		int dot = name.lastIndexOf('.');
		return "upload/" + (dot > 0 ? name.substring(0, dot) : name);
	}

}
