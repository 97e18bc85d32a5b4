package wenzheng.knowledge.importer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.clause.ClauseRepository;
import wenzheng.knowledge.document.DocumentMetadata;
import wenzheng.knowledge.document.DocumentRepository;
import wenzheng.knowledge.document.MetadataReader;
import wenzheng.knowledge.document.PolicyDocument;
import wenzheng.knowledge.document.Validity;
import wenzheng.knowledge.progress.ProgressLog;
import wenzheng.knowledge.segment.Segmenter;

/**
 * Imports files into the knowledge base. Importing the same content twice changes
 * nothing; importing new content under a known id replaces that document and its clauses
 * in one transaction; a file that cannot be read changes nothing and is reported.
 */
public final class DocumentImporter {

	/**
	 * Larger files are refused: no policy text is this long, and it bounds the memory one
	 * import takes.
	 */
	public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(DocumentImporter.class);

	private static final String RESEGMENTED = "内容未变，已按新版切分规则重新切分";

	private final DocumentRepository documents;

	private final ClauseRepository clauses;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final TextExtractor extractor = new TextExtractor();

	private final MetadataReader metadataReader = new MetadataReader();

	private final Segmenter segmenter = new Segmenter();

	public DocumentImporter(DocumentRepository documents, ClauseRepository clauses, TransactionTemplate transaction,
			Clock clock) {
		this.documents = documents;
		this.clauses = clauses;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Imports the files one at a time, logging the progress of long runs.
	 */
	public ImportReport importAll(Iterable<SourceDocument> sources) {
		return importEach(sources, false);
	}

	private static long size(Iterable<SourceDocument> sources) {
		if (sources instanceof DocumentSource source) {
			return source.size();
		}
		return sources instanceof Collection<?> collection ? collection.size() : -1;
	}

	/**
	 * Imports files as drafts, which do not answer until published. A file whose document
	 * is already published is refused: a new version of it is uploaded for publishing at
	 * once.
	 */
	public ImportReport importDrafts(Iterable<SourceDocument> sources) {
		return importEach(sources, true);
	}

	private ImportReport importEach(Iterable<SourceDocument> sources, boolean drafts) {
		List<ImportResult> results = new ArrayList<>();
		ProgressLog progress = new ProgressLog(log, "Import", size(sources), "bytes");
		for (SourceDocument source : sources) {
			results.add(importDocument(source, drafts));
			progress.step(source.content().length);
		}
		return new ImportReport(results);
	}

	public ImportResult importDocument(SourceDocument source) {
		return importDocument(source, false);
	}

	private ImportResult importDocument(SourceDocument source, boolean draft) {
		try {
			return store(source, draft);
		}
		catch (IllegalArgumentException ex) {
			log.warn("Import of {} failed: {}", source.fileName(), ex.getMessage());
			return new ImportResult(source.fileName(), ImportOutcome.FAILED, 0, ex.getMessage());
		}
	}

	private ImportResult store(SourceDocument source, boolean draft) {
		checkSize(source);
		String hash = sha256(source.content());
		Optional<PolicyDocument> existing = this.documents.findById(source.id());
		if (draft && existing.isPresent() && !this.documents.isDraft(source.id())) {
			throw new IllegalArgumentException("文档 " + source.id() + " 已发布，新版本请直接上传发布");
		}
		if (existing.isPresent() && existing.get().contentHash().equals(hash)) {
			if (existing.get().segmenterVersion() == Segmenter.VERSION) {
				return new ImportResult(source.fileName(), ImportOutcome.UNCHANGED, 0, null);
			}
			return new ImportResult(source.fileName(), ImportOutcome.UPDATED, resegment(existing.get()), RESEGMENTED);
		}
		Optional<PolicyDocument> twin = this.documents.findByContentHash(hash);
		if (existing.isEmpty() && twin.isPresent()) {
			return new ImportResult(source.fileName(), ImportOutcome.DUPLICATE, 0,
					"与已导入的文档 " + twin.get().id() + " 内容相同");
		}
		String text = this.extractor.extract(source.fileName(), source.content());
		int clauses = save(source.id(), source.fileName(), hash, Validity.VALID, text, draft);
		if (!draft && existing.isPresent()) {
			// Uploading for publishing publishes a draft of the same document too.
			this.documents.publish(source.id());
		}
		return new ImportResult(source.fileName(),
				existing.isPresent() ? ImportOutcome.UPDATED : ImportOutcome.IMPORTED, clauses, null);
	}

	/**
	 * What importing the file would store, without storing anything: the detected
	 * metadata and the clauses, for an editor to check first.
	 * @throws IllegalArgumentException with a message for the editor when the file cannot
	 * be read
	 */
	public Preview preview(SourceDocument source) {
		checkSize(source);
		return read(source.id(), source.fileName(), this.extractor.extract(source.fileName(), source.content()));
	}

	/**
	 * A file as it would be imported.
	 *
	 * @param metadata title, issuer, place, 文号 and dates found in the text
	 * @param clauses the clauses with heading paths and columns
	 */
	public record Preview(DocumentMetadata metadata, List<Clause> clauses) {

	}

	/**
	 * Segments again, from their stored text, the documents whose clauses an older
	 * segmentation made.
	 * @return how many documents were segmented again
	 */
	public int resegmentOutdated() {
		int count = 0;
		for (PolicyDocument document : this.documents.findAll()) {
			if (document.segmenterVersion() != Segmenter.VERSION) {
				resegment(document);
				count++;
			}
		}
		return count;
	}

	private int resegment(PolicyDocument document) {
		String text = this.documents.findContent(document.id())
			.orElseThrow(() -> new IllegalStateException("Document " + document.id() + " has no stored text"));
		return save(document.id(), document.sourceFile(), document.contentHash(), document.validity(), text, false);
	}

	private int save(String id, String fileName, String hash, Validity validity, String text, boolean draft) {
		Preview read = read(id, fileName, text);
		DocumentMetadata metadata = read.metadata();
		List<Clause> segmented = read.clauses();
		if (segmented.isEmpty()) {
			throw new IllegalArgumentException("没有从文件中切分出任何条款");
		}
		PolicyDocument document = new PolicyDocument(id, metadata, validity, fileName, hash, Segmenter.VERSION,
				this.clock.instant());
		this.transaction.executeWithoutResult(status -> {
			this.documents.save(document, text);
			if (draft) {
				this.documents.markDraft(id);
			}
			this.clauses.replace(id, segmented);
		});
		return segmented.size();
	}

	private static void checkSize(SourceDocument source) {
		if (source.content().length == 0) {
			throw new IllegalArgumentException("文件为空");
		}
		if (source.content().length > MAX_FILE_BYTES) {
			throw new IllegalArgumentException("文件超过 %d MB 上限".formatted(MAX_FILE_BYTES / 1024 / 1024));
		}
	}

	/**
	 * The metadata and clauses of a document's text.
	 */
	private Preview read(String id, String fileName, String text) {
		if (text.isBlank()) {
			throw new IllegalArgumentException("文件没有文字内容");
		}
		DocumentMetadata metadata = this.metadataReader.read(text, baseName(fileName));
		return new Preview(metadata, this.segmenter.segment(id, metadata.title(), text));
	}

	private static String baseName(String fileName) {
		String name = fileName.substring(fileName.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
