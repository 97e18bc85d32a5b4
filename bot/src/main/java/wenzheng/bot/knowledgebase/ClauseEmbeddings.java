package wenzheng.bot.knowledgebase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import wenzheng.index.semantic.ClauseVectors;
import wenzheng.index.semantic.PackedVector;
import wenzheng.index.semantic.SemanticReader;
import wenzheng.index.semantic.TextEmbedder;
import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.clause.ClauseRepository;
import wenzheng.knowledge.document.PolicyDocument;
import wenzheng.knowledge.progress.ProgressLog;
import wenzheng.knowledge.vector.EmbeddedText;
import wenzheng.knowledge.vector.TextVectorRepository;

/**
 * Keeps a meaning vector for every answerable clause. Vectors are costly (a large base
 * takes many minutes on two cores), so each is computed once, stored in the database for
 * every instance, and computed in the background after the lexical index is ready:
 * answering goes on meanwhile and uses vectors as they arrive.
 */
@Service
public class ClauseEmbeddings {

	private static final Logger log = LoggerFactory.getLogger(ClauseEmbeddings.class);

	/** Vectors are computed and stored this many at a time. */
	private static final int BATCH = 64;

	/**
	 * How often vectors computed meanwhile become findable by meaning: each publication
	 * writes a segment of the nearest-neighbour graph, so not after every batch.
	 */
	private static final Duration PUBLISH_EVERY = Duration.ofSeconds(30);

	private final ClauseRepository clauses;

	private final TextVectorRepository stored;

	private final boolean enabled;

	private final TextEmbedder embedder = new TextEmbedder();

	private final ClauseVectors vectors = new ClauseVectors();

	private final SemanticReader reader;

	private final boolean onDemand;

	private final ExecutorService worker = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("clause-embeddings").daemon(true).factory());

	private final AtomicBoolean storedLoaded = new AtomicBoolean();

	/**
	 * The document versions whose clauses all have vectors: a knowledge change reads
	 * again only the documents it changed, not every clause of the base.
	 */
	private final Set<String> readDocuments = ConcurrentHashMap.newKeySet();

	private final AtomicLong pending = new AtomicLong();

	/** Requests queued or running; 0 when every clause known so far has a vector. */
	private final AtomicLong runs = new AtomicLong();

	ClauseEmbeddings(ClauseRepository clauses, TextVectorRepository stored, SemanticProperties properties) {
		this.clauses = clauses;
		this.stored = stored;
		this.enabled = properties.enabled();
		this.onDemand = properties.onDemand();
		this.reader = new SemanticReader(this.embedder, this.vectors, this.onDemand);
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * The semantic reading for answering, or {@code null} when it is off.
	 */
	public SemanticReader reader() {
		return this.enabled ? this.reader : null;
	}

	/**
	 * Computes, in the background, the vectors the given documents' clauses lack; then
	 * runs {@code whenDone} (answers kept from before can then be read again with the
	 * vectors).
	 */
	public void fill(List<PolicyDocument> documents, Runnable whenDone) {
		if (!this.enabled) {
			return;
		}
		this.runs.incrementAndGet();
		this.worker.execute(() -> {
			try {
				loadStored();
				if (!this.onDemand && fillMissing(documents) > 0) {
					whenDone.run();
				}
			}
			catch (RuntimeException ex) {
				log.error("Computing clause vectors failed; answering goes on without the missing ones", ex);
			}
			finally {
				this.runs.decrementAndGet();
			}
		});
	}

	/**
	 * Waits until every requested vector is computed.
	 * @return whether they were within the time
	 */
	public boolean awaitFilled(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.runs.get() > 0) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(200);
		}
		return true;
	}

	/** How many clause vectors are held. */
	public int size() {
		return this.vectors.size();
	}

	/** How many clauses of the running fill still wait for a vector. */
	public long backlog() {
		return this.pending.get();
	}

	private void loadStored() {
		if (this.storedLoaded.compareAndSet(false, true)) {
			long start = System.nanoTime();
			this.stored.forEach(TextEmbedder.MODEL,
					(key, encoded) -> this.vectors.put(key, PackedVector.decode(encoded)));
			log.info("Loaded {} stored clause vectors in {} ms", this.vectors.size(),
					(System.nanoTime() - start) / 1_000_000);
		}
	}

	/**
	 * What the embedded texts of a document's clauses depend on: its content, its
	 * segmentation and its (correctable) title.
	 */
	private static String readVersion(PolicyDocument document) {
		return String.join("\n", document.id(), document.contentHash(), Integer.toString(document.segmenterVersion()),
				document.title());
	}

	private int fillMissing(List<PolicyDocument> documents) {
		Map<String, String> missing = new LinkedHashMap<>();
		List<String> read = new ArrayList<>();
		for (PolicyDocument document : documents) {
			String version = readVersion(document);
			if (this.readDocuments.contains(version)) {
				continue;
			}
			read.add(version);
			for (Clause clause : this.clauses.findByDocument(document.id())) {
				String text = EmbeddedText.of(document.title(), clause.headingPath(), clause.text(), clause.columns());
				String key = EmbeddedText.key(text);
				if (!this.vectors.makeFindable(key)) {
					missing.put(key, text);
				}
			}
		}
		this.vectors.publish();
		if (missing.isEmpty()) {
			this.readDocuments.addAll(read);
			return 0;
		}
		log.info("Computing {} clause vectors in the background", missing.size());
		this.pending.set(missing.size());
		ProgressLog progress = new ProgressLog(log, "Clause vectors", missing.size(), "characters");
		List<Map.Entry<String, String>> all = List.copyOf(missing.entrySet());
		long published = System.nanoTime();
		for (int from = 0; from < all.size(); from += BATCH) {
			List<Map.Entry<String, String>> batch = all.subList(from, Math.min(from + BATCH, all.size()));
			List<float[]> computed = this.embedder.embedAll(batch.stream().map(Map.Entry::getValue).toList());
			Map<String, String> encoded = new LinkedHashMap<>();
			for (int i = 0; i < batch.size(); i++) {
				PackedVector vector = PackedVector.pack(computed.get(i));
				this.vectors.put(batch.get(i).getKey(), vector);
				this.vectors.makeFindable(batch.get(i).getKey());
				encoded.put(batch.get(i).getKey(), vector.encode());
				progress.step(batch.get(i).getValue().length());
			}
			this.stored.saveAll(TextEmbedder.MODEL, encoded);
			this.pending.addAndGet(-batch.size());
			if (System.nanoTime() - published > PUBLISH_EVERY.toNanos()) {
				this.vectors.publish();
				published = System.nanoTime();
			}
		}
		this.vectors.publish();
		this.readDocuments.addAll(read);
		log.info("Clause vectors complete: {} held", this.vectors.size());
		return missing.size();
	}

}
