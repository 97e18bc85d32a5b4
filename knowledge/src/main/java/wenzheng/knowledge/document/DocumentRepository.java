package wenzheng.knowledge.document;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores policy documents.
 */
public final class DocumentRepository {

	private static final String COLUMNS = "id, title, issuer, jurisdiction, document_number, written_date, published_date, "
			+ "policy_year, validity, source_file, content_hash, segmenter_version, imported_at";

	/** The documents with editors' metadata corrections applied. */
	private static final String SELECT = """
			select d.id, coalesce(o.title, d.title) as title, coalesce(o.issuer, d.issuer) as issuer,
			       coalesce(o.jurisdiction, d.jurisdiction) as jurisdiction,
			       coalesce(o.document_number, d.document_number) as document_number,
			       coalesce(o.written_date, d.written_date) as written_date,
			       coalesce(o.published_date, d.published_date) as published_date,
			       coalesce(o.policy_year, d.policy_year) as policy_year,
			       d.validity, d.source_file, d.content_hash, d.segmenter_version, d.imported_at
			from policy_document d left join document_metadata_override o on o.document_id = d.id""";

	private final JdbcClient jdbc;

	public DocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PolicyDocument> findById(String id) {
		return this.jdbc.sql(SELECT + " where d.id = ?").param(id).query(DocumentRepository::map).optional();
	}

	public Optional<PolicyDocument> findByContentHash(String contentHash) {
		return this.jdbc.sql(SELECT + " where d.content_hash = ? order by d.id")
			.param(contentHash)
			.query(DocumentRepository::map)
			.list()
			.stream()
			.findFirst();
	}

	public List<PolicyDocument> findAll() {
		return this.jdbc.sql(SELECT + " order by d.id").query(DocumentRepository::map).list();
	}

	/**
	 * The documents that answer: published (not drafts) and in force.
	 */
	public List<PolicyDocument> findAnswerable() {
		return this.jdbc.sql(SELECT + " where d.validity = 'VALID' and not d.draft order by d.id")
			.query(DocumentRepository::map)
			.list();
	}

	public long count() {
		return this.jdbc.sql("select count(*) from policy_document").query(Long.class).single();
	}

	/**
	 * The text the document was imported from.
	 */
	public Optional<String> findContent(String id) {
		return this.jdbc.sql("select content from policy_document where id = ?")
			.param(id)
			.query(String.class)
			.optional();
	}

	/**
	 * Inserts the document with its text, or replaces every field of the stored one with
	 * the same id.
	 */
	public void save(PolicyDocument document, String content) {
		DocumentMetadata meta = document.metadata();
		int updated = this.jdbc.sql("""
				update policy_document set title = ?, issuer = ?, jurisdiction = ?, document_number = ?,
				written_date = ?, published_date = ?, policy_year = ?, validity = ?, source_file = ?,
				content_hash = ?, segmenter_version = ?, imported_at = ?, content = ? where id = ?""")
			.params(meta.title(), meta.issuer(), meta.jurisdiction(), meta.documentNumber(),
					sqlDate(meta.writtenDate()), sqlDate(meta.publishedDate()), meta.year(), document.validity().name(),
					document.sourceFile(), document.contentHash(), document.segmenterVersion(),
					Timestamp.from(document.importedAt()), content, document.id())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into policy_document (" + COLUMNS
						+ ", content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(document.id(), meta.title(), meta.issuer(), meta.jurisdiction(), meta.documentNumber(),
						sqlDate(meta.writtenDate()), sqlDate(meta.publishedDate()), meta.year(),
						document.validity().name(), document.sourceFile(), document.contentHash(),
						document.segmenterVersion(), Timestamp.from(document.importedAt()), content)
				.update();
		}
	}

	/**
	 * Marks a document 失效 or 废止 from a date, optionally naming the document that replaces
	 * it; false when there is no such document.
	 */
	public boolean retire(String id, Validity validity, LocalDate on, String replacedBy) {
		return this.jdbc.sql("update policy_document set validity = ?, retired_on = ?, replaced_by = ? where id = ?")
			.params(validity.name(), sqlDate(on), replacedBy, id)
			.update() == 1;
	}

	/**
	 * Keeps a document out of answering until it is published.
	 */
	public void markDraft(String id) {
		this.jdbc.sql("update policy_document set draft = true where id = ?").param(id).update();
	}

	/**
	 * Publishes a draft; false when there is no such draft.
	 */
	public boolean publish(String id) {
		return this.jdbc.sql("update policy_document set draft = false where id = ? and draft = true")
			.param(id)
			.update() == 1;
	}

	public boolean isDraft(String id) {
		return this.jdbc.sql("select count(*) from policy_document where id = ? and draft")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The ids of the documents waiting as drafts.
	 */
	public Set<String> draftIds() {
		return Set
			.copyOf(this.jdbc.sql("select id from policy_document where draft = true").query(String.class).list());
	}

	/**
	 * Stores an editor's correction of a document's metadata; fields left {@code null}
	 * keep the detected value. False when there is no such document.
	 */
	public boolean correct(String id, DocumentMetadata corrected) {
		if (findById(id).isEmpty()) {
			return false;
		}
		this.jdbc.sql("delete from document_metadata_override where document_id = ?").param(id).update();
		this.jdbc.sql("""
				insert into document_metadata_override (document_id, title, issuer, jurisdiction, document_number,
				                                        written_date, published_date, policy_year)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, corrected.title(), corrected.issuer(), corrected.jurisdiction(), corrected.documentNumber(),
					sqlDate(corrected.writtenDate()), sqlDate(corrected.publishedDate()), corrected.year())
			.update();
		return true;
	}

	/**
	 * When a retired document stopped being in force and what replaces it.
	 */
	public Retirement retirement(String id) {
		return this.jdbc.sql("select retired_on, replaced_by from policy_document where id = ?")
			.param(id)
			.query((rs, row) -> {
				Date on = rs.getDate("retired_on");
				return new Retirement(on == null ? null : on.toLocalDate(), rs.getString("replaced_by"));
			})
			.optional()
			.orElse(new Retirement(null, null));
	}

	/**
	 * The retirement details of a document.
	 *
	 * @param on the date it stopped being in force, or {@code null}
	 * @param replacedBy the id of the document replacing it, or {@code null}
	 */
	public record Retirement(LocalDate on, String replacedBy) {

	}

	private static Date sqlDate(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	private static PolicyDocument map(ResultSet rs, int row) throws SQLException {
		Date written = rs.getDate("written_date");
		Date published = rs.getDate("published_date");
		int year = rs.getInt("policy_year");
		Integer policyYear = rs.wasNull() ? null : year;
		DocumentMetadata metadata = new DocumentMetadata(rs.getString("title"), rs.getString("issuer"),
				rs.getString("jurisdiction"), rs.getString("document_number"),
				written == null ? null : written.toLocalDate(), published == null ? null : published.toLocalDate(),
				policyYear);
		return new PolicyDocument(rs.getString("id"), metadata, Validity.valueOf(rs.getString("validity")),
				rs.getString("source_file"), rs.getString("content_hash"), rs.getInt("segmenter_version"),
				rs.getTimestamp("imported_at").toInstant());
	}

}
