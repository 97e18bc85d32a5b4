package wenzheng.knowledge.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The history of documents: each change stores the document's state with who and when, so
 * earlier versions stay viewable.
 */
public final class DocumentVersions {

	private final JdbcClient jdbc;

	public DocumentVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the document's current state as its next version.
	 */
	public int record(PolicyDocument document, String content, String changedBy, String change, Instant now) {
		int version = this.jdbc.sql("select coalesce(max(version), 0) + 1 from document_version where document_id = ?")
			.param(document.id())
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into document_version (document_id, version, title, validity, content_hash, content, changed_by,
				                              change_note, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(document.id(), version, document.title(), document.validity().name(), document.contentHash(),
					content, changedBy, change, Timestamp.from(now))
			.update();
		return version;
	}

	/**
	 * Every version with its text, for an export of the knowledge base.
	 */
	public List<Stored> all() {
		return this.jdbc.sql("""
				select document_id, version, title, validity, content_hash, changed_by, change_note, changed_at, content
				from document_version order by document_id, version""")
			.query((rs, row) -> new Stored(new DocumentVersion(rs.getString("document_id"), rs.getInt("version"),
					rs.getString("title"), Validity.valueOf(rs.getString("validity")), rs.getString("content_hash"),
					rs.getString("changed_by"), rs.getString("change_note"), rs.getTimestamp("changed_at").toInstant()),
					rs.getString("content")))
			.list();
	}

	/**
	 * Stores an exported version as it was.
	 */
	public void restore(Stored stored) {
		DocumentVersion version = stored.version();
		this.jdbc.sql("""
				insert into document_version (document_id, version, title, validity, content_hash, content, changed_by,
				                              change_note, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(version.documentId(), version.version(), version.title(), version.validity().name(),
					version.contentHash(), stored.content(), version.changedBy(), version.change(),
					Timestamp.from(version.changedAt()))
			.update();
	}

	/**
	 * A version with its text.
	 */
	public record Stored(DocumentVersion version, String content) {

	}

	public List<DocumentVersion> of(String documentId) {
		return this.jdbc.sql("""
				select document_id, version, title, validity, content_hash, changed_by, change_note, changed_at
				from document_version where document_id = ? order by version""")
			.param(documentId)
			.query((rs, row) -> new DocumentVersion(rs.getString("document_id"), rs.getInt("version"),
					rs.getString("title"), Validity.valueOf(rs.getString("validity")), rs.getString("content_hash"),
					rs.getString("changed_by"), rs.getString("change_note"), rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	public Optional<String> content(String documentId, int version) {
		return this.jdbc.sql("select content from document_version where document_id = ? and version = ?")
			.params(documentId, version)
			.query(String.class)
			.optional();
	}

}
