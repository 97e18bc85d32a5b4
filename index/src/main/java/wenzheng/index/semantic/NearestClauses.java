package wenzheng.index.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A nearest-neighbour index (Lucene's HNSW graph) of clause vectors, by the key of the
 * clause's text: it finds the clauses closest in meaning to a question, also those that
 * share no word with it. Vectors are added as they are computed and become findable at
 * the next {@link #publish()}. It lives in memory and is filled again from the stored
 * vectors on every start.
 */
final class NearestClauses {

	private static final String KEY = "key";

	private static final String VECTOR = "vector";

	/**
	 * Vectors buffered before a segment is written: a large buffer keeps the segments
	 * few, and each segment's graph is searched on its own.
	 */
	private static final double BUFFER_MB = 64;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Set<String> added = ConcurrentHashMap.newKeySet();

	NearestClauses() {
		try {
			this.writer = new IndexWriter(new ByteBuffersDirectory(),
					new IndexWriterConfig().setRAMBufferSizeMB(BUFFER_MB).setCommitOnClose(false));
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Adds a clause's vector once; a vector of zeros (no direction) is left out.
	 */
	void add(String key, PackedVector vector) {
		if (isZero(vector) || !this.added.add(key)) {
			return;
		}
		Document doc = new Document();
		doc.add(new StringField(KEY, key, Field.Store.YES));
		doc.add(new KnnByteVectorField(VECTOR, vector.values(), VectorSimilarityFunction.COSINE));
		try {
			this.writer.addDocument(doc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Makes the vectors added so far findable.
	 */
	void publish() {
		try {
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The keys of the clauses nearest to a vector, nearest first.
	 */
	List<String> nearest(PackedVector vector, int count) {
		if (isZero(vector)) {
			return List.of();
		}
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				ScoreDoc[] hits = searcher.search(new KnnByteVectorQuery(VECTOR, vector.values(), count),
						count).scoreDocs;
				StoredFields stored = searcher.storedFields();
				List<String> keys = new ArrayList<>(hits.length);
				for (ScoreDoc hit : hits) {
					keys.add(stored.document(hit.doc).get(KEY));
				}
				return keys;
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isZero(PackedVector vector) {
		for (byte value : vector.values()) {
			if (value != 0) {
				return false;
			}
		}
		return true;
	}

}
