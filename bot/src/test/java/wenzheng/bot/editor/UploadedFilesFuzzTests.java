package wenzheng.bot.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;

import wenzheng.knowledge.SeededInputs;
import wenzheng.knowledge.importer.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uploaded archives, well-formed or not, with hostile entry names: each is unpacked into
 * files with clean relative paths or refused with a clear message, never anything else.
 */
class UploadedFilesFuzzTests {

	private static final List<String> HOSTILE_NAMES = List.of("../../etc/passwd.txt", "/abs/通知.md",
			"C:\\\\windows\\\\a.html", "a/./b/../c.docx", "..\\\\..\\\\x.pdf", "正常/子目录/通知.txt", "\u0000.txt",
			"con:.txt", "a.exe");

	@FuzzTest
	void archivesUnpackToCleanPathsOrAreRefused(FuzzedDataProvider data) {
		byte[] archive = archive(data);
		try {
			List<SourceDocument> files = UploadedFiles.of("批量.zip", archive);
			for (SourceDocument file : files) {
				assertThat(file.fileName()).doesNotStartWith("/")
					.doesNotContain("\\")
					.doesNotContainPattern("\\p{Cntrl}");
				assertThat(file.fileName().split("/")).as("no segment leaves the folder")
					.doesNotContain("..", ".", "")
					.noneMatch(segment -> segment.endsWith(":"));
				assertThat(file.id()).startsWith("upload/");
			}
		}
		catch (EditRejected ex) {
			assertThat(ex.getMessage()).contains("压缩包");
		}
	}

	@Test
	void seededArchivesUnpackToCleanPathsOrAreRefused() {
		SeededInputs.replay(22, SeededInputs.COUNT, 2_400, this::archivesUnpackToCleanPathsOrAreRefused);
	}

	@Test
	void aZipBombIsRefused() {
		byte[] bomb = zip(Map.of("炸弹.txt", new byte[30 * 1024 * 1024]));
		assertThat(bomb.length).isLessThan(100 * 1024);
		assertThatThrownBy(() -> UploadedFiles.of("bomb.zip", bomb)).isInstanceOf(EditRejected.class)
			.hasMessageContaining("上限");
	}

	// In the proportions 5 well-formed, 3 truncated, 2 random bytes.
	private static byte[] archive(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 9)) {
			case 0, 1, 2, 3, 4 -> wellFormed(data);
			case 5, 6, 7 -> {
				byte[] zip = wellFormed(data);
				byte[] cut = new byte[data.consumeInt(0, zip.length)];
				System.arraycopy(zip, 0, cut, 0, cut.length);
				yield cut;
			}
			default -> data.consumeBytes(512);
		};
	}

	private static byte[] wellFormed(FuzzedDataProvider data) {
		int count = data.consumeInt(0, 8);
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
			// A zip stores names as UTF-8: lone surrogates cannot be written (random
			// bytes
			// cover undecodable names).
			String name = new String(name(data).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
			entries.putIfAbsent(name, data.consumeBytes(256));
		}
		return zip(entries);
	}

	// In the proportions 3 any UTF-16 + ".txt", 3 known hostile names, 1 dots and
	// slashes.
	private static String name(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 6)) {
			case 0, 1, 2 -> {
				StringBuilder name = new StringBuilder();
				int length = data.consumeInt(1, 40);
				while (name.length() < length && data.remainingBytes() > 1) {
					name.append(data.consumeChar());
				}
				yield name.append(".txt").toString();
			}
			case 3, 4, 5 -> data.pickValue(HOSTILE_NAMES);
			default -> {
				StringBuilder name = new StringBuilder();
				int length = data.consumeInt(1, 20);
				for (int i = 0; i < length; i++) {
					name.append("./\\:".charAt(data.consumeInt(0, 3)));
				}
				yield name.toString();
			}
		};
	}

	private static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
