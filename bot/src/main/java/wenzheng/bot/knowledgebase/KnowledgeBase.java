package wenzheng.bot.knowledgebase;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import wenzheng.index.analysis.Synonyms;
import wenzheng.index.answer.AnswerSettings;
import wenzheng.index.answer.Answerer;
import wenzheng.index.answer.RankingModel;
import wenzheng.index.build.ClauseIndex;
import wenzheng.index.build.KnowledgeFingerprint;
import wenzheng.index.question.Places;
import wenzheng.index.search.Retriever;
import wenzheng.knowledge.clause.ClauseRepository;
import wenzheng.knowledge.change.KnowledgeChanges;
import wenzheng.knowledge.document.DocumentRepository;
import wenzheng.knowledge.document.PolicyDocument;
import wenzheng.knowledge.faq.FaqRepository;
import wenzheng.knowledge.importer.DocumentImporter;
import wenzheng.knowledge.importer.ImportOutcome;
import wenzheng.knowledge.importer.ImportReport;
import wenzheng.knowledge.importer.SourceDocument;
import wenzheng.knowledge.segment.Segmenter;
import wenzheng.knowledge.synonym.SynonymRepository;
import wenzheng.knowledge.synonym.SynonymRow;

/**
 * The knowledge base as the app serves it. Loading imports the configured folder,
 * rebuilds the index when it does not match the database (missing, older schema, or
 * documents changed), and then publishes an answerer. The database stays the source of
 * truth: the index can always be rebuilt from it.
 */
@Service
public class KnowledgeBase {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

	/**
	 * Up to this many changed documents (or a quarter of all) are updated in the index
	 * one by one; more are faster rebuilt in one pass.
	 */
	private static final int MAX_INCREMENTAL = 200;

	private final DocumentRepository documents;

	private final ClauseRepository clauses;

	private final DocumentImporter importer;

	private final ClauseIndex index;

	private final KnowledgeBaseProperties properties;

	private final SynonymRepository synonymRows;

	private final FaqRepository faq;

	private final Retriever retriever;

	private final AtomicReference<Answerer> answerer = new AtomicReference<>();

	private final KnowledgeChanges changes;

	/** The latest change of the feed this instance's index and answerer reflect. */
	private final AtomicLong seenChange = new AtomicLong();

	private final CountDownLatch loaded = new CountDownLatch(1);

	private final ClauseEmbeddings embeddings;

	private final ApplicationEventPublisher events;

	private volatile String failure;

	KnowledgeBase(DocumentRepository documents, ClauseRepository clauses, DocumentImporter importer, ClauseIndex index,
			SynonymRepository synonymRows, FaqRepository faq, KnowledgeChanges changes, ClauseEmbeddings embeddings,
			KnowledgeBaseProperties properties, ApplicationEventPublisher events) {
		this.events = events;
		this.changes = changes;
		this.embeddings = embeddings;
		this.documents = documents;
		this.synonymRows = synonymRows;
		this.faq = faq;
		this.clauses = clauses;
		this.importer = importer;
		this.index = index;
		this.properties = properties;
		this.retriever = new Retriever(index);
	}

	/**
	 * Imports the configured folder and brings the index up to date. Safe to call once
	 * per start.
	 */
	public void load() {
		try {
			long start = System.nanoTime();
			ImportReport report = this.importer.importAll(ImportLocation.documents(this.properties.importDir()));
			log.info("Import of {}: {}", this.properties.importDir(), report);
			int resegmented = this.importer.resegmentOutdated();
			if (resegmented > 0) {
				log.info("Segmented {} documents again with segmenter version {}", resegmented, Segmenter.VERSION);
			}
			long latest = this.changes.latest();
			refreshIndex(false);
			this.seenChange.set(latest);
			log.info("Knowledge base ready in {} ms: {} documents, {} clauses", (System.nanoTime() - start) / 1_000_000,
					this.documents.count(), this.index.size());
		}
		catch (RuntimeException ex) {
			this.failure = ex.getMessage();
			log.error("Loading the knowledge base failed", ex);
			throw ex;
		}
		finally {
			this.loaded.countDown();
		}
	}

	/**
	 * Imports uploaded files and, when any changed the knowledge, brings the index up to
	 * date, so they answer at once.
	 */
	public ImportReport importUploaded(List<SourceDocument> files) {
		ImportReport report = this.importer.importAll(files);
		log.info("Upload of {} files: {}", files.size(), report);
		if (report.results()
			.stream()
			.anyMatch(result -> result.outcome() == ImportOutcome.IMPORTED
					|| result.outcome() == ImportOutcome.UPDATED)) {
			changed("document", report.toString());
		}
		return report;
	}

	/**
	 * Stores uploaded files as drafts; they answer once published.
	 */
	public ImportReport importDrafts(List<SourceDocument> files) {
		ImportReport report = this.importer.importDrafts(files);
		log.info("Draft upload of {} files: {}", files.size(), report);
		return report;
	}

	/**
	 * Says that editors changed the knowledge: brings this instance up to date at once
	 * and adds the change to the feed the other instances follow.
	 */
	public void changed(String kind, String detail) {
		long id = this.changes.record(kind, detail, Instant.now());
		refreshIndex(false);
		this.seenChange.accumulateAndGet(id, Math::max);
	}

	/**
	 * Catches up with changes other instances made; called often, cheap when there are
	 * none.
	 */
	public void followChanges() {
		if (!isReady()) {
			return;
		}
		long latest = this.changes.latest();
		if (latest > this.seenChange.get()) {
			log.info("Knowledge changed on another instance (change {}); refreshing", latest);
			refreshIndex(false);
			this.seenChange.accumulateAndGet(latest, Math::max);
		}
	}

	/**
	 * What importing a file would store, without storing it.
	 */
	public DocumentImporter.Preview preview(SourceDocument file) {
		return this.importer.preview(file);
	}

	/**
	 * Rebuilds the index from the database if it is stale, or always when forced, and
	 * publishes a new answerer.
	 */
	public synchronized void refreshIndex(boolean force) {
		// Drafts and documents no longer in force (失效/废止) do not answer: only
		// published valid ones are indexed.
		List<PolicyDocument> all = this.documents.findAnswerable();
		if (force || !this.index.hasCurrentSchema()) {
			rebuild(all);
		}
		else if (!this.index.isCurrent(KnowledgeFingerprint.of(all))) {
			ClauseIndex.Difference difference = this.index.difference(all);
			if (difference.size() > Math.max(MAX_INCREMENTAL, all.size() / 4)) {
				rebuild(all);
			}
			else {
				this.index.update(all, difference, this.clauses::findByDocument);
			}
		}
		publish(all);
		this.embeddings.fill(all, this::republish);
	}

	private void publish(List<PolicyDocument> answerable) {
		Places places = Places
			.of(answerable.stream().map(PolicyDocument::jurisdiction).filter(Objects::nonNull).toList());
		this.answerer.set(new Answerer(this.retriever, places, synonyms(), this.faq.findPublished(), settings(),
				this.embeddings.reader()));
		this.events.publishEvent(new KnowledgeRefreshed());
	}

	/**
	 * Publishes a fresh answerer for the same knowledge once new clause vectors are in,
	 * so that no answer kept from before them is served again.
	 */
	private synchronized void republish() {
		publish(this.documents.findAnswerable());
	}

	/**
	 * The headings of the clauses that answer (published documents in force), by document
	 * id, outermost first and without repeats.
	 */
	public Map<String, List<String>> headings() {
		Map<String, List<String>> headings = new LinkedHashMap<>();
		for (PolicyDocument document : this.documents.findAnswerable()) {
			LinkedHashSet<String> distinct = new LinkedHashSet<>();
			this.clauses.findByDocument(document.id()).forEach(clause -> distinct.addAll(clause.headingPath()));
			headings.put(document.id(), List.copyOf(distinct));
		}
		return headings;
	}

	private void rebuild(List<PolicyDocument> documents) {
		log.info("Rebuilding the index from {} documents", documents.size());
		this.index.rebuild(documents, this.clauses::forEach, this.clauses.count());
	}

	/**
	 * The bundled dictionary with the editors' rows added; a row that cannot be read is
	 * left out, not fatal.
	 */
	private Synonyms synonyms() {
		List<String> rows = this.synonymRows.findAll().stream().map(SynonymRow::line).toList();
		try {
			return Synonyms.bundledWith(rows);
		}
		catch (IllegalArgumentException ex) {
			log.warn("Synonym rows ignored: {}", ex.getMessage());
			return Synonyms.bundled();
		}
	}

	private AnswerSettings settings() {
		return defaults().withThreshold(answerThreshold()).withCachedQuestions(this.properties.answerCache());
	}

	/**
	 * The bundled model fitted for the reading in use, with its recommended threshold.
	 */
	private AnswerSettings defaults() {
		return this.embeddings.isEnabled() ? AnswerSettings.DEFAULTS.withModel(RankingModel.bundledSemantic())
				: AnswerSettings.DEFAULTS;
	}

	/**
	 * Waits until every answerable clause has its meaning vector (at once when the
	 * semantic reading is off).
	 * @return whether they were within the time
	 */
	public boolean awaitVectors(Duration timeout) throws InterruptedException {
		return this.embeddings.awaitFilled(timeout);
	}

	/**
	 * The current answerer.
	 * @throws KnowledgeBaseNotReady before the first load has finished
	 */
	public Answerer answerer() {
		Answerer current = this.answerer.get();
		if (current == null) {
			throw new KnowledgeBaseNotReady();
		}
		return current;
	}

	/**
	 * An answerer with another confidence threshold, for the eval trade-off curve.
	 */
	public Answerer answerer(double threshold) {
		return answerer().withThreshold(threshold);
	}

	public Retriever retriever() {
		return this.retriever;
	}

	public boolean isReady() {
		return this.answerer.get() != null;
	}

	public Optional<String> failure() {
		return Optional.ofNullable(this.failure);
	}

	public boolean awaitLoaded(Duration timeout) throws InterruptedException {
		return this.loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	public double answerThreshold() {
		Double configured = this.properties.answerThreshold();
		return configured == null ? defaults().threshold() : configured;
	}

	/**
	 * The whole text of every document, by id.
	 */
	public Map<String, String> documentTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		for (PolicyDocument document : this.documents.findAll()) {
			this.documents.findContent(document.id()).ifPresent(text -> texts.put(document.id(), text));
		}
		return texts;
	}

	/**
	 * The jurisdiction of the document imported from a file with the given name, or
	 * {@code null}.
	 */
	public String jurisdictionOfFile(String fileName) {
		for (PolicyDocument document : this.documents.findAll()) {
			String source = document.sourceFile();
			if (source.equals(fileName) || source.endsWith("/" + fileName)) {
				return document.jurisdiction();
			}
		}
		return null;
	}

	public long documentCount() {
		return this.documents.count();
	}

	public int clauseCount() {
		return this.index.size();
	}

}
