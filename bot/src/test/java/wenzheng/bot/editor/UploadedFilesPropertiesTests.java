package wenzheng.bot.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import wenzheng.knowledge.importer.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uploaded archives, well-formed or not, with hostile entry names: each is unpacked into
 * files with clean relative paths or refused with a clear message, never anything else.
 */
class UploadedFilesPropertiesTests {

	@Property(tries = 10_000)
	void archivesUnpackToCleanPathsOrAreRefused(@ForAll("archives") byte[] archive) {
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

	@Example
	void aZipBombIsRefused() {
		byte[] bomb = zip(List.of(Tuple.of("炸弹.txt", new byte[30 * 1024 * 1024])));
		assertThat(bomb.length).isLessThan(100 * 1024);
		assertThatThrownBy(() -> UploadedFiles.of("bomb.zip", bomb)).isInstanceOf(EditRejected.class)
			.hasMessageContaining("上限");
	}

	@Provide
	Arbitrary<byte[]> archives() {
		Arbitrary<String> names = Arbitraries.frequencyOf(
				Tuple.of(3, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40).map(name -> name + ".txt")),
				Tuple.of(3, Arbitraries.of("../../etc/passwd.txt", "/abs/通知.md", "C:\\\\windows\\\\a.html",
						"a/./b/../c.docx", "..\\\\..\\\\x.pdf", "正常/子目录/通知.txt", "\u0000.txt", "con:.txt", "a.exe")),
				Tuple.of(1, Arbitraries.strings().withChars("./\\:").ofMinLength(1).ofMaxLength(20)));
		Arbitrary<byte[]> contents = Arbitraries.bytes().array(byte[].class).ofMaxSize(256);
		// A zip stores names as UTF-8: lone surrogates cannot be written (random bytes
		// below cover undecodable names).
		Arbitrary<byte[]> wellFormed = names
			.map(name -> new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
			.flatMap(name -> contents.map(bytes -> Tuple.of(name, bytes)))
			.list()
			.ofMaxSize(8)
			.map(this::zip);
		Arbitrary<byte[]> truncated = wellFormed
			.flatMap(bytes -> Arbitraries.integers().between(0, bytes.length).map(length -> cut(bytes, length)));
		Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(512);
		return Arbitraries.frequencyOf(Tuple.of(5, wellFormed), Tuple.of(3, truncated), Tuple.of(2, random));
	}

	private byte[] zip(List<Tuple.Tuple2<String, byte[]>> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Tuple.Tuple2<String, byte[]> entry : entries) {
				try {
					zip.putNextEntry(new ZipEntry(entry.get1()));
				}
				catch (ZipException duplicate) {
					continue;
				}
				zip.write(entry.get2());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] cut(byte[] bytes, int length) {
		byte[] copy = new byte[length];
		System.arraycopy(bytes, 0, copy, 0, length);
		return copy;
	}

}
