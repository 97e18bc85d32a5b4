package wenzheng.index.semantic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;

/**
 * The vectors of clause texts, in memory, by a key of the text itself: a clause imported
 * again unchanged, or the same notice in two documents, is embedded once. Vectors arrive
 * in the background while answering goes on; a clause without one yet is simply read
 * without it.
 */
public final class ClauseVectors {

	private final Map<String, PackedVector> byKey = new ConcurrentHashMap<>();

	public PackedVector get(Candidate candidate) {
		return this.byKey.get(key(text(candidate)));
	}

	/**
	 * Computes and keeps the vector of a candidate's clause.
	 */
	PackedVector compute(Candidate candidate, TextEmbedder embedder) {
		String text = text(candidate);
		return this.byKey.computeIfAbsent(key(text), key -> PackedVector.pack(embedder.embed(text)));
	}

	private static String text(Candidate candidate) {
		return text(candidate.title(), candidate.headingPath(), candidate.text(), candidate.columns());
	}

	public boolean contains(String key) {
		return this.byKey.containsKey(key);
	}

	public void put(String key, PackedVector vector) {
		this.byKey.put(key, vector);
	}

	public int size() {
		return this.byKey.size();
	}

	/**
	 * What is embedded of a clause: its document's title, the headings above it, its text
	 * and its table columns, as a citizen reads them together.
	 */
	public static String text(String title, List<String> headingPath, String text, ClauseColumns columns) {
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
