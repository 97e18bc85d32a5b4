package wenzheng.bot.hotline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the co-handling departments of tickets and their parts.
 */
@Repository
class PartRepository {

	private final JdbcClient jdbc;

	PartRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Part> of(String number) {
		return this.jdbc.sql("""
				select department, due_at, text, added_by, added_at from ticket_part
				where ticket_no = ? order by due_at, department""")
			.param(number)
			.query((rs, row) -> new Part(rs.getString("department"), rs.getTimestamp("due_at").toInstant(),
					rs.getString("text"), rs.getString("added_by"),
					rs.getTimestamp("added_at") == null ? null : rs.getTimestamp("added_at").toInstant()))
			.list();
	}

	void add(String number, String department, Instant dueAt) {
		this.jdbc.sql("insert into ticket_part (ticket_no, department, due_at) values (?, ?, ?)")
			.params(number, department, Timestamp.from(dueAt))
			.update();
	}

	/**
	 * Drops a department that has not added its part yet.
	 */
	void removeMissing(String number, String department) {
		this.jdbc.sql("delete from ticket_part where ticket_no = ? and department = ? and text is null")
			.params(number, department)
			.update();
	}

	boolean fill(String number, String department, String text, String user, Instant now) {
		return this.jdbc.sql("""
				update ticket_part set text = ?, added_by = ?, added_at = ?
				where ticket_no = ? and department = ?""")
			.params(text, user, Timestamp.from(now), number, department)
			.update() == 1;
	}

}
