package wenzheng.knowledge.synonym;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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

	public void add(SynonymRow row, Instant now) {
		this.jdbc.sql("insert into synonym (words, officials, created_at) values (?, ?, ?)")
			.params(String.join(",", row.words()), String.join(",", row.officials()), Timestamp.from(now))
			.update();
	}

	private static List<String> split(String joined) {
		return Arrays.stream(joined.split("[,，]")).map(String::strip).filter(word -> !word.isEmpty()).toList();
	}

}
