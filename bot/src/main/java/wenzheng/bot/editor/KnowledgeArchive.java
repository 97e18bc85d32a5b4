package wenzheng.bot.editor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import wenzheng.bot.hotline.PersonalDataMasker;
import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.knowledge.document.DocumentMetadata;
import wenzheng.knowledge.document.DocumentRepository;
import wenzheng.knowledge.document.DocumentVersions;
import wenzheng.knowledge.document.PolicyDocument;
import wenzheng.knowledge.document.Validity;
import wenzheng.knowledge.faq.FaqEntry;
import wenzheng.knowledge.faq.FaqRepository;
import wenzheng.knowledge.importer.DocumentImporter;
import wenzheng.knowledge.importer.ImportOutcome;
import wenzheng.knowledge.importer.ImportResult;
import wenzheng.knowledge.importer.SourceDocument;
import wenzheng.knowledge.importer.TextExtractor;
import wenzheng.knowledge.synonym.SynonymRepository;
import wenzheng.knowledge.synonym.SynonymRow;

/**
 * The whole knowledge base as one archive (a zip holding {@value #ENTRY}): documents with
 * their text and validity, their versions, the FAQ and the dictionary rows; and the
 * import of such an archive into an empty installation. Citizens' words in it (FAQ
 * questions and phrasings) are masked.
 */
@Service
public class KnowledgeArchive {

	static final String ENTRY = "knowledge.json";

	static final int FORMAT = 1;

	private static final long MAX_JSON_BYTES = 1024L * 1024 * 1024;

	private final DocumentRepository documents;

	private final DocumentVersions versions;

	private final FaqRepository faq;

	private final SynonymRepository synonyms;

	private final DocumentImporter importer;

	private final KnowledgeBase knowledgeBase;

	private final ObjectMapper json;

	private final Clock clock;

	KnowledgeArchive(DocumentRepository documents, DocumentVersions versions, FaqRepository faq,
			SynonymRepository synonyms, DocumentImporter importer, KnowledgeBase knowledgeBase, ObjectMapper json,
			Clock clock) {
		this.documents = documents;
		this.versions = versions;
		this.faq = faq;
		this.synonyms = synonyms;
		this.importer = importer;
		this.knowledgeBase = knowledgeBase;
		this.json = json;
		this.clock = clock;
	}

	public byte[] export() throws IOException {
		List<ArchivedDocument> archived = new ArrayList<>();
		Set<String> drafts = this.documents.draftIds();
		for (PolicyDocument document : this.documents.findAll()) {
			DocumentRepository.Retirement retirement = this.documents.retirement(document.id());
			archived.add(new ArchivedDocument(document.id(), document.sourceFile(), document.metadata(),
					document.validity(), retirement.on(), retirement.replacedBy(), drafts.contains(document.id()),
					this.documents.findContent(document.id()).orElse("")));
		}
		List<FaqEntry> faq = this.faq.findAll(null).stream().map(KnowledgeArchive::masked).toList();
		Content content = new Content(FORMAT, this.clock.instant(), archived, this.versions.all(), faq,
				List.copyOf(this.synonyms.findAllById().values()));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(ENTRY));
			zip.write(this.json.writeValueAsBytes(content));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	/**
	 * An FAQ entry as archived: its question and phrasings, citizens' words when it was
	 * started from a ticket or a knowledge gap, masked like published answers (entries
	 * drafted before drafts were masked may hold a phone number or a name).
	 */
	private static FaqEntry masked(FaqEntry entry) {
		String question = entry.question();
		List<String> phrasings = entry.phrasings()
			.stream()
			.map(phrasing -> PersonalDataMasker.mask(phrasing, question + "\n" + phrasing))
			.toList();
		return new FaqEntry(entry.id(), PersonalDataMasker.mask(question), phrasings, entry.answer(),
				entry.jurisdiction(), entry.status());
	}

	/**
	 * Imports an archive into an installation without documents; returns what was
	 * imported.
	 */
	@Transactional
	public Summary importArchive(byte[] archive) {
		if (this.documents.count() > 0) {
			throw new EditRejected("只能导入到没有文件的新安装中（当前已有 " + this.documents.count() + " 份文件）");
		}
		Content content = read(archive);
		int imported = 0;
		for (ArchivedDocument document : content.documents()) {
			String fileName = TextExtractor.supported(document.sourceFile())
					&& document.sourceFile().matches("(?i).*\\.(txt|text|md|markdown)") ? document.sourceFile()
							: document.sourceFile() + ".txt";
			ImportResult result = this.importer.importDocument(
					new SourceDocument(document.id(), fileName, document.content().getBytes(StandardCharsets.UTF_8)));
			if (result.outcome() == ImportOutcome.FAILED) {
				throw new EditRejected("文件 " + document.id() + " 无法导入：" + result.message());
			}
			// The metadata as it was, editors' corrections included.
			this.documents.correct(document.id(), document.metadata());
			if (document.validity() != Validity.VALID) {
				this.documents.retire(document.id(), document.validity(), document.retiredOn(), document.replacedBy());
			}
			if (document.draft()) {
				this.documents.markDraft(document.id());
			}
			imported++;
		}
		content.versions().forEach(this.versions::restore);
		content.faq().forEach(entry -> this.faq.add(entry, this.clock.instant()));
		content.synonyms().forEach(row -> this.synonyms.add(row, this.clock.instant()));
		this.knowledgeBase.changed("import", "导入知识库归档：" + imported + " 份文件");
		return new Summary(imported, content.versions().size(), content.faq().size(), content.synonyms().size());
	}

	private Content read(byte[] archive) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.getName().equals(ENTRY)) {
					Content content = this.json.readValue(limited(zip), Content.class);
					if (content.format() != FORMAT) {
						throw new EditRejected("不支持的归档格式版本：" + content.format());
					}
					return content;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof EditRejected rejected) {
				throw rejected;
			}
			throw new EditRejected("归档文件已损坏或不是本系统导出的知识库");
		}
		throw new EditRejected("归档中没有 " + ENTRY);
	}

	private static byte[] limited(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int read;
		while ((read = in.read(buffer)) > 0) {
			if (out.size() + (long) read > MAX_JSON_BYTES) {
				throw new EditRejected("归档解压后过大");
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	/**
	 * What the archive holds.
	 */
	record Content(int format, Instant exportedAt, List<ArchivedDocument> documents,
			List<DocumentVersions.Stored> versions, List<FaqEntry> faq, List<SynonymRow> synonyms) {

	}

	/**
	 * A document with its text, metadata, validity and whether it is still a draft.
	 */
	record ArchivedDocument(String id, String sourceFile, DocumentMetadata metadata, Validity validity,
			LocalDate retiredOn, String replacedBy, boolean draft, String content) {

	}

	/**
	 * What an import brought in.
	 */
	public record Summary(int documents, int versions, int faq, int synonyms) {

	}

}
