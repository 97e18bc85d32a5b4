package wenzheng.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a bundled list: one entry a line, blank lines and lines starting with {@code #}
 * skipped.
 */
public final class WordList {

	private WordList() {
	}

	/**
	 * @param anchor the class whose class loader and package resolve the resource
	 * @param resource the resource name, relative to the anchor's package or absolute
	 * with a leading '/'
	 */
	public static List<String> load(Class<?> anchor, String resource) {
		try (InputStream in = anchor.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
