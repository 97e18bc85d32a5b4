package wenzheng.index.build;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import wenzheng.index.analysis.BigramAnalyzer;
import wenzheng.index.analysis.PolicyTextAnalyzer;
import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.document.PolicyDocument;

/**
 * The on-disk Lucene index of clauses. One writer and one shared, near-real-time searcher
 * per process; a rebuild replaces the whole content in one commit, so a crash mid-way
 * leaves the previous commit readable.
 */
public final class ClauseIndex implements Closeable {

	/**
	 * Bumped whenever the mapping or analysis changes, so that old indexes are rebuilt.
	 */
	static final String SCHEMA_VERSION = "3";

	static final String FINGERPRINT_KEY = "knowledge.fingerprint";

	private static final Logger log = LoggerFactory.getLogger(ClauseIndex.class);

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	public ClauseIndex(Path path) {
		try {
			this.directory = FSDirectory.open(path);
			IndexWriterConfig config = new IndexWriterConfig(analyzer());
			config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
			config.setRAMBufferSizeMB(64);
			this.writer = new IndexWriter(this.directory, config);
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the index at " + path, ex);
		}
	}

	/**
	 * The analyzer of each indexed field; search uses the same one.
	 */
	public static Analyzer analyzer() {
		Analyzer words = new PolicyTextAnalyzer();
		Analyzer bigrams = new BigramAnalyzer();
		return new PerFieldAnalyzerWrapper(words, Map.of(IndexFields.TEXT_BIGRAM, bigrams));
	}

	/**
	 * The fingerprint of the knowledge base the last commit was built from, or
	 * {@code null} for an empty index.
	 */
	public String fingerprint() {
		Map<String, String> userData = this.writer.getLiveCommitData() == null ? Map.of()
				: toMap(this.writer.getLiveCommitData());
		return userData.get(FINGERPRINT_KEY);
	}

	/**
	 * Whether the index reflects the knowledge base with the given fingerprint.
	 */
	public boolean isCurrent(String knowledgeFingerprint) {
		return knowledgeFingerprint.equals(fingerprint());
	}

	/**
	 * Replaces the whole index with the clauses of the given documents and commits it
	 * with their fingerprint.
	 * @param documents every document of the knowledge base
	 * @param clauses feeds every clause to the consumer it is given
	 */
	public void rebuild(List<PolicyDocument> documents, Consumer<Consumer<Clause>> clauses) {
		Map<String, PolicyDocument> byId = new HashMap<>();
		documents.forEach(document -> byId.put(document.id(), document));
		long start = System.nanoTime();
		int[] count = { 0 };
		try {
			this.writer.deleteAll();
			for (PolicyDocument document : documents) {
				DocumentFacts.of(document).ifPresent(facts -> add(document, facts));
			}
			clauses.accept(clause -> {
				PolicyDocument policy = byId.get(clause.documentId());
				if (policy != null) {
					add(policy, clause);
					count[0]++;
				}
			});
			commit(KnowledgeFingerprint.of(documents));
		}
		catch (IOException ex) {
			rollback();
			throw new UncheckedIOException("Index rebuild failed", ex);
		}
		log.info("Indexed {} clauses of {} documents in {} ms", count[0], documents.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Replaces one document's clauses and makes the change visible to the next search.
	 * @param documents every document of the knowledge base after the change, for the
	 * fingerprint
	 */
	public void replace(PolicyDocument policy, List<Clause> clauses, List<PolicyDocument> documents) {
		try {
			this.writer.deleteDocuments(new Term(IndexFields.DOCUMENT_ID, policy.id()));
			DocumentFacts.of(policy).ifPresent(facts -> add(policy, facts));
			for (Clause clause : clauses) {
				add(policy, clause);
			}
			commit(KnowledgeFingerprint.of(documents));
		}
		catch (IOException ex) {
			rollback();
			throw new UncheckedIOException("Index update of " + policy.id() + " failed", ex);
		}
	}

	private void add(PolicyDocument policy, Clause clause) {
		try {
			this.writer.addDocument(ClauseDocuments.toDocument(policy, clause));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void commit(String fingerprint) throws IOException {
		this.writer.setLiveCommitData(Map.of(FINGERPRINT_KEY, fingerprint).entrySet());
		this.writer.commit();
		this.searchers.maybeRefreshBlocking();
	}

	private void rollback() {
		try {
			this.writer.rollback();
		}
		catch (IOException suppressed) {
			log.warn("Index rollback failed", suppressed);
		}
	}

	/**
	 * Runs a search on the current searcher, which stays open while the function runs.
	 */
	public <T> T search(Function<IndexSearcher, T> search) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return search.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int size() {
		return search(searcher -> searcher.getIndexReader().numDocs());
	}

	private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
		Map<String, String> map = new HashMap<>();
		entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
		return map;
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

}
