package wenzheng.knowledge.change;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Records that the knowledge changed, and tells the latest change, so that instances
 * sharing the database can follow each other's edits.
 */
public final class KnowledgeChanges {

	private static final int MAX_DETAIL = 300;

	private final JdbcClient jdbc;

	public KnowledgeChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a change and returns its number.
	 */
	public long record(String kind, String detail, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		String text = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
		this.jdbc.sql("insert into knowledge_change (kind, detail, changed_at) values (?, ?, ?)")
			.params(kind, text, Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * The number of the latest change, 0 when there was none.
	 */
	public long latest() {
		return this.jdbc.sql("select coalesce(max(id), 0) from knowledge_change").query(Long.class).single();
	}

}
