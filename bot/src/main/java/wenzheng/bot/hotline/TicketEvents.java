package wenzheng.bot.hotline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail of tickets: who did what, and when.
 */
@Repository
class TicketEvents {

	private static final int MAX_DETAIL = 4000;

	private final JdbcClient jdbc;

	TicketEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String number, String actor, String action, String detail, Instant now) {
		String text = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
		this.jdbc.sql("insert into ticket_event (ticket_no, actor, action, detail, created_at) values (?, ?, ?, ?, ?)")
			.params(number, actor, action, text, Timestamp.from(now))
			.update();
	}

	List<TicketEvent> of(String number) {
		return this.jdbc
			.sql("select actor, action, detail, created_at from ticket_event where ticket_no = ? order by id")
			.param(number)
			.query((rs, row) -> new TicketEvent(rs.getString("actor"), rs.getString("action"), rs.getString("detail"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

}
