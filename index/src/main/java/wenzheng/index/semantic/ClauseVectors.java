package wenzheng.index.semantic;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import wenzheng.index.search.Candidate;
import wenzheng.knowledge.vector.EmbeddedText;

/**
 * The vectors of clause texts, in memory, by a key of the text itself: a clause imported
 * again unchanged, or the same notice in two documents, is embedded once. Vectors arrive
 * in the background while answering goes on; a clause without one yet is simply read
 * without it.
 */
public final class ClauseVectors {

	private final Map<String, PackedVector> byKey = new ConcurrentHashMap<>();

	private final NearestClauses nearest = new NearestClauses();

	public PackedVector get(Candidate candidate) {
		return this.byKey.get(EmbeddedText.key(text(candidate)));
	}

	/**
	 * Computes and keeps the vector of a candidate's clause.
	 */
	PackedVector compute(Candidate candidate, TextEmbedder embedder) {
		String text = text(candidate);
		return this.byKey.computeIfAbsent(EmbeddedText.key(text), key -> PackedVector.pack(embedder.embed(text)));
	}

	private static String text(Candidate candidate) {
		return EmbeddedText.of(candidate.title(), candidate.headingPath(), candidate.text(), candidate.columns());
	}

	public void put(String key, PackedVector vector) {
		this.byKey.put(key, vector);
	}

	/**
	 * Lets nearest-neighbour search find the clause whose text has this key, once its
	 * vector is held and {@link #publish()} has run. Only the clauses of the knowledge
	 * served are made findable, not every vector ever stored.
	 * @return whether the vector is held
	 */
	public boolean makeFindable(String key) {
		PackedVector vector = this.byKey.get(key);
		if (vector == null) {
			return false;
		}
		this.nearest.add(key, vector);
		return true;
	}

	/**
	 * Makes the clauses made findable so far visible to {@link #nearest}.
	 */
	public void publish() {
		this.nearest.publish();
	}

	/**
	 * The keys of the findable clause texts nearest in meaning to a vector, nearest
	 * first.
	 */
	List<String> nearest(float[] vector, int count) {
		return this.nearest.nearest(PackedVector.pack(vector), count);
	}

	public int size() {
		return this.byKey.size();
	}

}
