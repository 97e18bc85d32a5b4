package wenzheng.index.build;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import wenzheng.index.analysis.BigramAnalyzer;
import wenzheng.index.analysis.PolicyTextAnalyzer;
import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.progress.ProgressLog;
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
	static final String SCHEMA_VERSION = "7";

	static final String FINGERPRINT_KEY = "knowledge.fingerprint";

	static final String SCHEMA_KEY = "index.schema";

	private static final Logger log = LoggerFactory.getLogger(ClauseIndex.class);

	private final Directory directory;

	private volatile IndexWriter writer;

	private volatile SearcherManager searchers;

	public ClauseIndex(Path path) {
		try {
			this.directory = FSDirectory.open(path);
			open();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the index at " + path, ex);
		}
	}

	private void open() throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(analyzer());
		config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		config.setRAMBufferSizeMB(64);
		this.writer = new IndexWriter(this.directory, config);
		this.searchers = new SearcherManager(this.writer, null);
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
		return commitData().get(FINGERPRINT_KEY);
	}

	/**
	 * Whether the index was built with the current mapping and analysis, so that it can
	 * be updated document by document instead of rebuilt.
	 */
	public boolean hasCurrentSchema() {
		return SCHEMA_VERSION.equals(commitData().get(SCHEMA_KEY));
	}

	private Map<String, String> commitData() {
		return this.writer.getLiveCommitData() == null ? Map.of() : toMap(this.writer.getLiveCommitData());
	}

	/**
	 * What differs between the index and the given documents: documents new or changed
	 * since they were indexed, and indexed documents no longer among them.
	 */
	public Difference difference(List<PolicyDocument> documents) {
		Set<String> indexed = search(ClauseIndex::indexedStates);
		List<PolicyDocument> changed = new ArrayList<>();
		Set<String> wanted = new HashSet<>();
		for (PolicyDocument document : documents) {
			String state = ClauseDocuments.state(document);
			wanted.add(state);
			if (!indexed.contains(state)) {
				changed.add(document);
			}
		}
		List<String> removed = new ArrayList<>();
		for (String state : indexed) {
			if (!wanted.contains(state)) {
				removed.add(state.substring(0, state.indexOf(IndexFields.HEADING_SEPARATOR)));
			}
		}
		return new Difference(changed, removed);
	}

	private static Set<String> indexedStates(IndexSearcher searcher) {
		Set<String> states = new HashSet<>();
		try {
			Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), IndexFields.DOCUMENT_STATE);
			if (terms == null) {
				return states;
			}
			TermsEnum iterator = terms.iterator();
			for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
				// Terms of deleted documents stay until their segment is merged.
				Term state = new Term(IndexFields.DOCUMENT_STATE, BytesRef.deepCopyOf(term));
				if (searcher.count(new TermQuery(state)) > 0) {
					states.add(state.text());
				}
			}
			return states;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Documents to index again and ids of documents to drop from the index.
	 */
	public record Difference(List<PolicyDocument> changed, List<String> removed) {

		public int size() {
			return this.changed.size() + this.removed.size();
		}

	}

	/**
	 * Brings the index to the given documents by updating only those that differ, in one
	 * commit, and makes the change visible to the next search.
	 * @param documents every document to be indexed
	 * @param difference what {@link #difference} found for them
	 * @param clausesOf the clauses of a document
	 */
	public void update(List<PolicyDocument> documents, Difference difference,
			Function<String, List<Clause>> clausesOf) {
		long start = System.nanoTime();
		commitChanges(documents, "Index update", () -> {
			for (String id : difference.removed()) {
				this.writer.deleteDocuments(new Term(IndexFields.DOCUMENT_ID, id));
			}
			for (PolicyDocument document : difference.changed()) {
				this.writer.deleteDocuments(new Term(IndexFields.DOCUMENT_ID, document.id()));
				DocumentFacts.of(document).ifPresent(facts -> add(document, facts));
				for (Clause clause : clausesOf.apply(document.id())) {
					add(document, clause);
				}
			}
		});
		log.info("Updated {} and removed {} documents in the index in {} ms", difference.changed().size(),
				difference.removed().size(), (System.nanoTime() - start) / 1_000_000);
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
	public void rebuild(List<PolicyDocument> documents, Consumer<Consumer<Clause>> clauses, long expectedClauses) {
		Map<String, PolicyDocument> byId = new HashMap<>();
		documents.forEach(document -> byId.put(document.id(), document));
		long start = System.nanoTime();
		int[] count = { 0 };
		ProgressLog progress = new ProgressLog(log, "Indexing clauses", expectedClauses, "characters");
		commitChanges(documents, "Index rebuild", () -> {
			this.writer.deleteAll();
			for (PolicyDocument document : documents) {
				DocumentFacts.of(document).ifPresent(facts -> add(document, facts));
			}
			clauses.accept(clause -> {
				PolicyDocument policy = byId.get(clause.documentId());
				if (policy != null) {
					add(policy, clause);
					count[0]++;
					progress.step(clause.text().length());
				}
			});
			// A rebuilt index is read many times before it changes again: one segment
			// is searched with one term lookup per term instead of one per segment.
			this.writer.forceMerge(1);
		});
		log.info("Indexed {} clauses of {} documents in {} ms", count[0], documents.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

	private void add(PolicyDocument policy, Clause clause) {
		try {
			this.writer.addDocument(ClauseDocuments.toDocument(policy, clause));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Makes the changes and commits them with the documents' fingerprint, visible to the
	 * next search; if anything fails (adding a clause reports I/O errors unchecked), the
	 * changes are dropped and the last commit keeps serving.
	 */
	private void commitChanges(List<PolicyDocument> documents, String what, Changes changes) {
		try {
			changes.make();
			this.writer.setLiveCommitData(
					Map.of(FINGERPRINT_KEY, KnowledgeFingerprint.of(documents), SCHEMA_KEY, SCHEMA_VERSION).entrySet());
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException | RuntimeException ex) {
			rollback();
			throw new IllegalStateException(what + " failed", ex);
		}
	}

	@FunctionalInterface
	private interface Changes {

		void make() throws IOException;

	}

	/**
	 * Drops the uncommitted changes of a failed update and reopens the last commit, so
	 * the index keeps serving and accepts the next update.
	 */
	private void rollback() {
		SearcherManager stale = this.searchers;
		try {
			this.writer.rollback();
			open();
			stale.close();
		}
		catch (IOException ex) {
			log.error("Reopening the index after a failed update failed", ex);
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
