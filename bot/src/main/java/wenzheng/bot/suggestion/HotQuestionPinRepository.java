package wenzheng.bot.suggestion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores the pinned hot questions, oldest pin first.
 */
@Repository
class HotQuestionPinRepository {

	private final JdbcClient jdbc;

	HotQuestionPinRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<HotQuestionPin> findAll() {
		return this.jdbc.sql("select id, question, pinned_by, created_at from hot_question_pin order by id")
			.query((rs, row) -> new HotQuestionPin(rs.getLong("id"), rs.getString("question"),
					rs.getString("pinned_by"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	long add(String question, String pinnedBy, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into hot_question_pin (question, pinned_by, created_at) values (?, ?, ?)")
			.params(question, pinnedBy, Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * What changes with every pin and unpin: how many pins there are and the newest id.
	 */
	String state() {
		return this.jdbc.sql("select count(*), coalesce(max(id), 0) from hot_question_pin")
			.query((rs, row) -> rs.getLong(1) + "/" + rs.getLong(2))
			.single();
	}

	boolean remove(long id) {
		return this.jdbc.sql("delete from hot_question_pin where id = ?").param(id).update() == 1;
	}

}
