package wenzheng.knowledge.faq;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Stores FAQ entries.
 */
public final class FaqRepository {

	private static final String COLUMNS = "id, question, phrasings, answer, jurisdiction, status";

	private final JdbcClient jdbc;

	public FaqRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<FaqEntry> findPublished() {
		return this.jdbc.sql("select " + COLUMNS + " from faq where status = ? order by id")
			.param(FaqStatus.PUBLISHED.name())
			.query(FaqRepository::map)
			.list();
	}

	/**
	 * Every entry, or those of one status, newest first.
	 */
	public List<FaqEntry> findAll(FaqStatus status) {
		if (status == null) {
			return this.jdbc.sql("select " + COLUMNS + " from faq order by id desc").query(FaqRepository::map).list();
		}
		return this.jdbc.sql("select " + COLUMNS + " from faq where status = ? order by id desc")
			.param(status.name())
			.query(FaqRepository::map)
			.list();
	}

	public Optional<FaqEntry> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from faq where id = ?")
			.param(id)
			.query(FaqRepository::map)
			.optional();
	}

	/**
	 * Replaces the question, phrasings, answer and place of an entry; false when it does
	 * not exist.
	 */
	public boolean update(FaqEntry entry, Instant now) {
		return this.jdbc.sql("""
				update faq set question = ?, phrasings = ?, answer = ?, jurisdiction = ?, updated_at = ?
				where id = ?""")
			.params(entry.question(), String.join("\n", entry.phrasings()), entry.answer(), entry.jurisdiction(),
					Timestamp.from(now), entry.id())
			.update() == 1;
	}

	public boolean setStatus(long id, FaqStatus status, Instant now) {
		return this.jdbc.sql("update faq set status = ?, updated_at = ? where id = ?")
			.params(status.name(), Timestamp.from(now), id)
			.update() == 1;
	}

	/**
	 * Stores a new entry and returns its id.
	 */
	public long add(FaqEntry entry, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into faq (question, phrasings, answer, jurisdiction, status, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.question(), String.join("\n", entry.phrasings()), entry.answer(), entry.jurisdiction(),
					entry.status().name(), Timestamp.from(now), Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private static FaqEntry map(ResultSet rs, int row) throws SQLException {
		List<String> phrasings = Arrays.stream(rs.getString("phrasings").split("\n"))
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.toList();
		return new FaqEntry(rs.getLong("id"), rs.getString("question"), phrasings, rs.getString("answer"),
				rs.getString("jurisdiction"), FaqStatus.valueOf(rs.getString("status")));
	}

}
