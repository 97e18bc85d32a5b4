package wenzheng.knowledge.clause;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores the clauses of documents.
 */
public final class ClauseRepository {

	/** Separates the headings of a path in storage; it never occurs inside a heading. */
	private static final String PATH_SEPARATOR = "\u001F";

	private static final String COLUMNS = "document_id, ordinal, number, heading_path, body, responsible, deadline, deliverable";

	private static final int STREAM_FETCH_SIZE = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final JdbcTemplate streaming;

	public ClauseRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
		// A template of its own: the fetch size must not change the shared one.
		this.streaming = new JdbcTemplate(template.getDataSource());
		this.streaming.setFetchSize(STREAM_FETCH_SIZE);
	}

	public List<Clause> findByDocument(String documentId) {
		return this.jdbc.sql("select " + COLUMNS + " from clause where document_id = ? order by ordinal")
			.param(documentId)
			.query(ClauseRepository::map)
			.list();
	}

	/**
	 * Streams every clause in document order without holding them all in memory.
	 */
	public void forEach(Consumer<Clause> consumer) {
		this.streaming.query("select " + COLUMNS + " from clause order by document_id, ordinal", rs -> {
			consumer.accept(map(rs, 0));
		});
	}

	public long count() {
		return this.jdbc.sql("select count(*) from clause").query(Long.class).single();
	}

	/**
	 * Replaces the clauses of a document with the given ones.
	 */
	public void replace(String documentId, List<Clause> clauses) {
		this.jdbc.sql("delete from clause where document_id = ?").param(documentId).update();
		this.template.batchUpdate("insert into clause (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)", clauses, 500,
				(ps, clause) -> {
					ps.setString(1, documentId);
					ps.setInt(2, clause.ordinal());
					ps.setString(3, clause.number());
					ps.setString(4, String.join(PATH_SEPARATOR, clause.headingPath()));
					ps.setString(5, clause.text());
					ps.setString(6, clause.columns().responsible());
					ps.setString(7, clause.columns().deadline());
					ps.setString(8, clause.columns().deliverable());
				});
	}

	private static Clause map(ResultSet rs, int row) throws SQLException {
		String path = rs.getString("heading_path");
		List<String> headingPath = path.isEmpty() ? List.of() : Arrays.asList(path.split(PATH_SEPARATOR));
		return new Clause(rs.getString("document_id"), rs.getInt("ordinal"), rs.getString("number"), headingPath,
				rs.getString("body"),
				new ClauseColumns(rs.getString("responsible"), rs.getString("deadline"), rs.getString("deliverable")));
	}

}
