package wenzheng.knowledge.vector;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import wenzheng.knowledge.clause.ClauseColumns;

/**
 * What of a clause is read for its meaning vector, and the key that names that text: the
 * vector store, the vector index and the clause index all find a clause's vector by it.
 */
public final class EmbeddedText {

	private EmbeddedText() {
	}

	/**
	 * The document's title, the headings above the clause, its text and its table
	 * columns, as a citizen reads them together.
	 */
	public static String of(String title, List<String> headingPath, String text, ClauseColumns columns) {
		StringBuilder all = new StringBuilder(title == null ? "" : title);
		for (String heading : headingPath) {
			if (!heading.equals(title)) {
				all.append('\n').append(heading);
			}
		}
		all.append('\n').append(text);
		for (String column : new String[] { columns.responsible(), columns.deadline(), columns.deliverable() }) {
			if (column != null && !column.isBlank()) {
				all.append('\n').append(column);
			}
		}
		return all.toString();
	}

	/**
	 * The key of a clause's embedded text.
	 */
	public static String keyOf(String title, List<String> headingPath, String text, ClauseColumns columns) {
		return key(of(title, headingPath, text, columns));
	}

	/**
	 * A key of a text: the first 128 bits of its SHA-256, in hex.
	 */
	public static String key(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
