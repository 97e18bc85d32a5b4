package wenzheng.bot.editor;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import wenzheng.bot.knowledgebase.KnowledgeBase;

import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.document.DocumentMetadata;
import wenzheng.knowledge.document.DocumentVersion;
import wenzheng.knowledge.document.PolicyDocument;
import wenzheng.knowledge.document.Validity;
import wenzheng.knowledge.faq.FaqEntry;
import wenzheng.knowledge.faq.FaqStatus;
import wenzheng.knowledge.importer.DocumentImporter;
import wenzheng.knowledge.importer.ImportReport;
import wenzheng.knowledge.importer.SourceDocument;
import wenzheng.knowledge.synonym.SynonymRow;

/**
 * The editors' API (EDITOR role): document upload and preview, FAQ entries and their life
 * cycle, the dictionary rows, and the knowledge-gap report with a one-step start of an
 * FAQ entry.
 */
@RestController
class EditorController {

	private final KnowledgeEditing editing;

	private final KnowledgeGaps gaps;

	private final KnowledgeBase knowledgeBase;

	private final DocumentLifeCycle documents;

	private final KnowledgeArchive archive;

	private final RegressionChecks regression;

	private final Dashboard dashboard;

	EditorController(KnowledgeEditing editing, KnowledgeGaps gaps, KnowledgeBase knowledgeBase,
			DocumentLifeCycle documents, KnowledgeArchive archive, RegressionChecks regression, Dashboard dashboard) {
		this.dashboard = dashboard;
		this.archive = archive;
		this.regression = regression;
		this.editing = editing;
		this.gaps = gaps;
		this.knowledgeBase = knowledgeBase;
		this.documents = documents;
	}

	@GetMapping("/api/editor/faq")
	List<FaqEntry> faq(@RequestParam(required = false) FaqStatus status) {
		return this.editing.faq(status);
	}

	@GetMapping("/api/editor/faq/{id}")
	FaqEntry faqEntry(@PathVariable long id) {
		return this.editing.faqEntry(id);
	}

	@PostMapping("/api/editor/faq")
	FaqEntry createFaq(@Valid @RequestBody FaqRequest request) {
		return this.editing.createFaq(request.entry(0));
	}

	@PutMapping("/api/editor/faq/{id}")
	FaqEntry updateFaq(@PathVariable long id, @Valid @RequestBody FaqRequest request) {
		return this.editing.updateFaq(request.entry(id));
	}

	@PostMapping("/api/editor/faq/{id}/publish")
	FaqEntry publish(@PathVariable long id) {
		return this.editing.setFaqStatus(id, FaqStatus.PUBLISHED);
	}

	@PostMapping("/api/editor/faq/{id}/retire")
	FaqEntry retire(@PathVariable long id) {
		return this.editing.setFaqStatus(id, FaqStatus.RETIRED);
	}

	@GetMapping("/api/editor/synonyms")
	List<Map<String, Object>> synonyms() {
		List<Map<String, Object>> rows = new ArrayList<>();
		this.editing.synonyms()
			.forEach((id, row) -> rows.add(Map.of("id", id, "words", row.words(), "officials", row.officials())));
		return rows;
	}

	@PostMapping("/api/editor/synonyms")
	Map<String, Boolean> addSynonym(@Valid @RequestBody SynonymRequest request) {
		List<String> words = strip(request.words());
		List<String> officials = strip(request.officials());
		// @NotBlank trims only up to U+0020: a word of ideographic spaces (U+3000) passes
		// it
		// and is empty once stripped.
		if (words.isEmpty() || officials.isEmpty()) {
			throw new EditRejected("同义词条目两侧都不能为空");
		}
		this.editing.addSynonym(new SynonymRow(words, officials));
		return Map.of("added", true);
	}

	@DeleteMapping("/api/editor/synonyms/{id}")
	Map<String, Boolean> deleteSynonym(@PathVariable long id) {
		this.editing.deleteSynonym(id);
		return Map.of("deleted", true);
	}

	/**
	 * Imports an uploaded document (.txt .md .docx .doc .pdf .html) or a .zip of them.
	 * They answer as soon as this returns, or, with {@code draft=true}, once published.
	 * Each file gets its outcome: imported, updated, unchanged, duplicate, or failed with
	 * the reason; 422 with that report when no file could be imported.
	 */
	@PostMapping(path = "/api/editor/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportReport> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean draft, Principal editor) throws IOException {
		List<SourceDocument> files = UploadedFiles.of(file.getOriginalFilename(), file.getBytes());
		ImportReport report = draft ? this.documents.uploadDrafts(files, editor.getName())
				: this.documents.upload(files, editor.getName());
		// Nothing could be imported: the per-file report says why, with a status a client
		// can tell from success.
		return ResponseEntity.status(report.allFailed() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK).body(report);
	}

	@GetMapping("/api/editor/documents")
	List<DocumentLifeCycle.Entry> documents() {
		return this.documents.all();
	}

	/**
	 * Publishes a draft document; it answers at once, on every instance within a second.
	 */
	@PostMapping("/api/editor/documents/publish")
	PolicyDocument publishDocument(@RequestParam String id, Principal editor) {
		return this.documents.publish(id, editor.getName());
	}

	/**
	 * The clauses of a stored document (a draft included), with heading paths and
	 * columns.
	 */
	@GetMapping("/api/editor/documents/clauses")
	List<Clause> clauses(@RequestParam String id) {
		return this.documents.clauses(id);
	}

	/**
	 * Marks a document 失效 or 废止 from a date, optionally naming its replacement; it no
	 * longer answers. Document ids contain '/', so they are passed as a parameter.
	 */
	@PostMapping("/api/editor/documents/retire")
	PolicyDocument retire(@RequestParam String id, @Valid @RequestBody RetireRequest request, Principal editor) {
		return this.documents.retire(id, request.validity(), request.on(), request.replacedBy(), editor.getName());
	}

	/**
	 * Corrects a document's detected metadata; empty fields keep the detected value.
	 */
	@PutMapping("/api/editor/documents/metadata")
	PolicyDocument correct(@RequestParam String id, @Valid @RequestBody MetadataRequest request, Principal editor) {
		return this.documents.correct(id, request.metadata(), editor.getName());
	}

	@GetMapping("/api/editor/documents/versions")
	List<DocumentVersion> versions(@RequestParam String id) {
		return this.documents.versions(id);
	}

	@GetMapping("/api/editor/documents/versions/{version}")
	Map<String, Object> version(@RequestParam String id, @PathVariable int version) {
		return Map.of("id", id, "version", version, "content", this.documents.versionContent(id, version));
	}

	/**
	 * What importing a single document would store: the detected metadata and the clauses
	 * with heading paths and columns. Nothing is stored.
	 */
	@PostMapping(path = "/api/editor/documents/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	DocumentImporter.Preview preview(@RequestParam("file") MultipartFile file) throws IOException {
		List<SourceDocument> files = UploadedFiles.of(file.getOriginalFilename(), file.getBytes());
		if (files.size() != 1) {
			throw new EditRejected("预览一次只能上传一个文件");
		}
		try {
			return this.knowledgeBase.preview(files.get(0));
		}
		catch (IllegalArgumentException ex) {
			throw new EditRejected(ex.getMessage());
		}
	}

	/**
	 * The whole knowledge base as one zip archive: documents, versions, FAQ, dictionary.
	 */
	@GetMapping(path = "/api/editor/export", produces = "application/zip")
	ResponseEntity<byte[]> export() throws IOException {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"wenzheng-knowledge.zip\"")
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(this.archive.export());
	}

	/**
	 * Imports an exported archive into an installation without documents.
	 */
	@PostMapping(path = "/api/editor/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	KnowledgeArchive.Summary importArchive(@RequestParam("file") MultipartFile file) throws IOException {
		return this.archive.importArchive(file.getBytes());
	}

	/**
	 * Runs a question set (JSON lines in the eval format) against the knowledge base as
	 * it is now, and returns its figures beside the previous run of the same set.
	 */
	@PostMapping(path = "/api/editor/regression", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	RegressionChecks.Comparison regression(@RequestParam("file") MultipartFile file, Principal editor)
			throws IOException {
		String name = file.getOriginalFilename() == null ? "questions.jsonl" : file.getOriginalFilename();
		return this.regression.run(name, file.getBytes(), editor.getName());
	}

	@GetMapping("/api/editor/regression")
	List<RegressionChecks.Run> regressionHistory() {
		return this.regression.history();
	}

	@GetMapping("/api/editor/dashboard")
	Dashboard.Figures dashboard(@RequestParam(defaultValue = "30") int days) {
		return this.dashboard.figures(days);
	}

	@GetMapping("/api/editor/gaps")
	List<KnowledgeGaps.Gap> gaps() {
		return this.gaps.report();
	}

	/**
	 * Starts a draft FAQ entry from a gap: its latest phrasing as the question, the
	 * others as phrasings; the editor writes the answer.
	 */
	@PostMapping("/api/editor/gaps/faq-draft")
	FaqEntry draftFromGap(@Valid @RequestBody GapDraftRequest request) {
		List<String> phrasings = request.phrasings() == null ? List.of()
				: request.phrasings().stream().filter(p -> !p.equals(request.question())).toList();
		return this.editing
			.createFaq(new FaqEntry(0, request.question().strip(), phrasings, "（待编辑填写答案）", null, FaqStatus.DRAFT));
	}

	private static List<String> strip(List<String> words) {
		return words.stream().map(String::strip).filter(word -> !word.isEmpty()).toList();
	}

	record FaqRequest(@NotBlank(message = "请填写问题") @Size(max = 1000, message = "问题不能超过1000字") String question,
			@Size(max = 20, message = "其他问法不能超过20条") List<@Size(max = 200, message = "每种问法不能超过200字") String> phrasings,
			@NotBlank(message = "请填写答案") @Size(max = 4000, message = "答案不能超过4000字") String answer,
			@Size(max = 100, message = "地区不能超过100字") String jurisdiction) {

		FaqEntry entry(long id) {
			// @NotBlank lets through what only ideographic spaces (U+3000) fill.
			if (this.question.strip().isEmpty() || this.answer.strip().isEmpty()) {
				throw new EditRejected("问题和答案都不能为空");
			}
			return new FaqEntry(id, this.question.strip(), this.phrasings == null ? List.of() : this.phrasings,
					this.answer.strip(),
					this.jurisdiction == null || this.jurisdiction.isBlank() ? null : this.jurisdiction.strip(),
					FaqStatus.DRAFT);
		}

	}

	record SynonymRequest(
			@NotEmpty(message = "请填写市民用语") @Size(max = 20,
					message = "最多20个词") List<@NotBlank @Size(max = 20) String> words,
			@NotEmpty(message = "请填写规范用语") @Size(max = 20,
					message = "最多20个词") List<@NotBlank @Size(max = 20) String> officials) {
	}

	record MetadataRequest(@Size(max = 500, message = "标题不能超过500字") String title,
			@Size(max = 200, message = "发文机关不能超过200字") String issuer,
			@Size(max = 100, message = "地区不能超过100字") String jurisdiction,
			@Size(max = 100, message = "文号不能超过100字") String documentNumber, LocalDate writtenDate,
			LocalDate publishedDate, Integer year) {

		DocumentMetadata metadata() {
			return new DocumentMetadata(blankToNull(this.title), blankToNull(this.issuer),
					blankToNull(this.jurisdiction), blankToNull(this.documentNumber), this.writtenDate,
					this.publishedDate, this.year);
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

	record RetireRequest(@NotNull(message = "请选择失效或废止") Validity validity, @NotNull(message = "请填写失效日期") LocalDate on,
			@Size(max = 300, message = "替代文件编号不能超过300字") String replacedBy) {
	}

	record GapDraftRequest(@NotBlank(message = "请填写问题") @Size(max = 1000, message = "问题不能超过1000字") String question,
			@Size(max = 20,
					message = "其他问法不能超过20条") List<@Size(max = 1000, message = "每种问法不能超过1000字") String> phrasings) {
	}

}
