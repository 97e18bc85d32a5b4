package wenzheng.index.semantic;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import wenzheng.index.search.Candidate;

/**
 * Reads how close in meaning a question is to each candidate clause: the cosine of their
 * vectors. A question's vector is kept for questions asked again.
 */
public final class SemanticReader {

	private static final int CACHED_QUESTIONS = 10_000;

	private final TextEmbedder embedder;

	private final ClauseVectors vectors;

	private final Cache<String, float[]> questions = Caffeine.newBuilder()
		.maximumSize(CACHED_QUESTIONS)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	private final boolean computeMissing;

	/**
	 * @param embedder the model
	 * @param vectors the clause vectors computed so far
	 * @param computeMissing whether a candidate without a vector gets one at once (slow:
	 * tens of milliseconds a clause) instead of being read without one
	 */
	public SemanticReader(TextEmbedder embedder, ClauseVectors vectors, boolean computeMissing) {
		this.embedder = embedder;
		this.vectors = vectors;
		this.computeMissing = computeMissing;
	}

	/**
	 * The keys of the clause texts nearest in meaning to the question, nearest first:
	 * candidates that share too few words with it for the lexical search to find them.
	 */
	public List<String> neighbours(String question, int count) {
		return this.vectors.nearest(this.questions.get(question, this.embedder::embed), count);
	}

	/**
	 * The cosine of the question with each candidate, in their order; {@code NaN} for a
	 * candidate whose vector has not been computed yet.
	 */
	public double[] cosines(String question, List<Candidate> candidates) {
		double[] cosines = new double[candidates.size()];
		float[] asked = null;
		for (int i = 0; i < cosines.length; i++) {
			Candidate candidate = candidates.get(i);
			PackedVector vector = this.vectors.get(candidate);
			if (vector == null && this.computeMissing) {
				vector = this.vectors.compute(candidate, this.embedder);
			}
			if (vector == null) {
				cosines[i] = Double.NaN;
				continue;
			}
			if (asked == null) {
				asked = this.questions.get(question, this.embedder::embed);
			}
			cosines[i] = vector.dot(asked);
		}
		return cosines;
	}

}
