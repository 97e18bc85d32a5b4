package wenzheng.bot.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.bot.subscription.PolicyNotices;
import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.clause.ClauseRepository;
import wenzheng.knowledge.document.DocumentMetadata;
import wenzheng.knowledge.document.DocumentRepository;
import wenzheng.knowledge.document.DocumentVersion;
import wenzheng.knowledge.document.DocumentVersions;
import wenzheng.knowledge.document.PolicyDocument;
import wenzheng.knowledge.document.Validity;
import wenzheng.knowledge.importer.ImportOutcome;
import wenzheng.knowledge.importer.ImportReport;
import wenzheng.knowledge.importer.ImportResult;
import wenzheng.knowledge.importer.SourceDocument;

/**
 * Documents as editors change them: uploads and retirements (失效/废止), each recorded as a
 * version with who and when. A retired document no longer answers; citizens asking about
 * it are handed to the hotline.
 */
@Service
public class DocumentLifeCycle {

	private final KnowledgeBase knowledgeBase;

	private final DocumentRepository documents;

	private final DocumentVersions versions;

	private final ClauseRepository clauses;

	private final Clock clock;

	private final PolicyNotices notices;

	DocumentLifeCycle(KnowledgeBase knowledgeBase, DocumentRepository documents, DocumentVersions versions,
			ClauseRepository clauses, PolicyNotices notices, Clock clock) {
		this.notices = notices;
		this.clauses = clauses;
		this.knowledgeBase = knowledgeBase;
		this.documents = documents;
		this.versions = versions;
		this.clock = clock;
	}

	/**
	 * Imports uploaded files; they answer at once.
	 */
	public ImportReport upload(List<SourceDocument> files, String editor) {
		ImportReport report = this.knowledgeBase.importUploaded(files);
		recordVersions(files, report, editor, "上传导入", "上传新版本").forEach(this.notices::documentPublished);
		return report;
	}

	/**
	 * Imports uploaded files as drafts, for the editor to check their clauses and
	 * metadata before publishing.
	 */
	public ImportReport uploadDrafts(List<SourceDocument> files, String editor) {
		ImportReport report = this.knowledgeBase.importDrafts(files);
		recordVersions(files, report, editor, "上传草稿", "更新草稿");
		return report;
	}

	/**
	 * Publishes a draft; it answers at once.
	 */
	@Transactional
	public PolicyDocument publish(String id, String editor) {
		PolicyDocument document = document(id);
		if (!this.documents.publish(id)) {
			throw new EditRejected("文件 " + id + " 不是草稿，无需发布");
		}
		record(document, editor, "发布");
		this.knowledgeBase.changed("document", "发布 " + id);
		this.notices.documentPublished(id);
		return document;
	}

	public List<Entry> all() {
		Set<String> drafts = this.documents.draftIds();
		return this.documents.findAll()
			.stream()
			.map(document -> new Entry(document, drafts.contains(document.id()) ? "草稿" : document.validity().label()))
			.toList();
	}

	public List<Clause> clauses(String id) {
		document(id);
		return this.clauses.findByDocument(id);
	}

	/**
	 * A document as listed for editors.
	 *
	 * @param document the document with its metadata
	 * @param status 草稿, or its validity (有效, 失效, 废止)
	 */
	public record Entry(PolicyDocument document, String status) {

	}

	/**
	 * Marks a document 失效 or 废止; it stops answering at once.
	 */
	@Transactional
	public PolicyDocument retire(String id, Validity validity, LocalDate on, String replacedBy, String editor) {
		if (validity == Validity.VALID) {
			throw new EditRejected("请选择失效或废止");
		}
		if (replacedBy != null && this.documents.findById(replacedBy).isEmpty()) {
			throw new EditRejected("替代文件不存在：" + replacedBy);
		}
		if (!this.documents.retire(id, validity, on, replacedBy)) {
			throw new EditRejected("文件不存在：" + id);
		}
		PolicyDocument retired = document(id);
		record(retired, editor,
				validity.label() + "（" + on + "）" + (replacedBy == null ? "" : "，由 " + replacedBy + " 替代"));
		this.knowledgeBase.changed("document", validity + " " + id);
		return retired;
	}

	/**
	 * Corrects the metadata read from a document's text (title, issuer, place, 文号, dates,
	 * year); the correction survives re-imports.
	 */
	@Transactional
	public PolicyDocument correct(String id, DocumentMetadata corrected, String editor) {
		if (!this.documents.correct(id, corrected)) {
			throw new EditRejected("文件不存在：" + id);
		}
		PolicyDocument document = document(id);
		record(document, editor, "更正元数据");
		this.knowledgeBase.changed("document", "更正元数据 " + id);
		return document;
	}

	public List<DocumentVersion> versions(String id) {
		document(id);
		return this.versions.of(id);
	}

	public String versionContent(String id, int version) {
		return this.versions.content(id, version)
			.orElseThrow(() -> new EditRejected("文件 " + id + " 没有第 " + version + " 版"));
	}

	private PolicyDocument document(String id) {
		return this.documents.findById(id).orElseThrow(() -> new EditRejected("文件不存在：" + id));
	}

	/**
	 * Records a version of each document the upload stored; returns their ids.
	 */
	private List<String> recordVersions(List<SourceDocument> files, ImportReport report, String editor, String added,
			String updated) {
		Map<String, String> idByFile = new HashMap<>();
		files.forEach(file -> idByFile.put(file.fileName(), file.id()));
		List<String> stored = new ArrayList<>();
		for (ImportResult result : report.results()) {
			if (result.outcome() == ImportOutcome.IMPORTED || result.outcome() == ImportOutcome.UPDATED) {
				this.documents.findById(idByFile.get(result.fileName())).ifPresent(document -> {
					record(document, editor, result.outcome() == ImportOutcome.IMPORTED ? added : updated);
					stored.add(document.id());
				});
			}
		}
		return stored;
	}

	private void record(PolicyDocument document, String editor, String change) {
		String content = this.documents.findContent(document.id()).orElse("");
		this.versions.record(document, content, editor, change, this.clock.instant());
	}

}
