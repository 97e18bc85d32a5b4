package wenzheng.knowledge.synonym;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores dictionary rows.
 */
public final class SynonymRepository {

	private final JdbcClient jdbc;

	public SynonymRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SynonymRow> findAll() {
		return this.jdbc.sql("select words, officials from synonym order by id")
			.query((rs, row) -> new SynonymRow(split(rs.getString("words")), split(rs.getString("officials"))))
			.list();
	}

	/**
	 * The rows with their ids, for editing.
	 */
	public Map<Long, SynonymRow> findAllById() {
		Map<Long, SynonymRow> rows = new LinkedHashMap<>();
		this.jdbc.sql("select id, words, officials from synonym order by id")
			.query((rs, row) -> rows.put(rs.getLong("id"),
					new SynonymRow(split(rs.getString("words")), split(rs.getString("officials")))))
			.list();
		return rows;
	}

	public boolean delete(long id) {
		return this.jdbc.sql("delete from synonym where id = ?").param(id).update() == 1;
	}

	public void add(SynonymRow row, Instant now) {
		this.jdbc.sql("insert into synonym (words, officials, created_at) values (?, ?, ?)")
			.params(String.join(",", row.words()), String.join(",", row.officials()), Timestamp.from(now))
			.update();
	}

	private static List<String> split(String joined) {
		return Arrays.stream(joined.split("[,，]")).map(String::strip).filter(word -> !word.isEmpty()).toList();
	}

}
