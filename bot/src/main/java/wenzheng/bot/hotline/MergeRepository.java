package wenzheng.bot.hotline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores which tickets follow which main ticket (并单). A merge locks every ticket it
 * touches, in number order, so that merges on several instances at once never join a
 * ticket twice, make a cycle, or wait on each other crosswise.
 */
@Repository
class MergeRepository {

	private final JdbcClient jdbc;

	MergeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the tickets' rows until the transaction ends and returns the state of those
	 * that exist.
	 */
	Map<String, Row> lock(Collection<String> numbers) {
		return this.jdbc.sql("""
				select ticket_no, status, merged_into from ticket where ticket_no in (:numbers)
				order by ticket_no for update""")
			.param("numbers", numbers)
			.query((rs, row) -> new Row(rs.getString("ticket_no"), TicketStatus.valueOf(rs.getString("status")),
					rs.getString("merged_into")))
			.list()
			.stream()
			.collect(Collectors.toMap(Row::number, row -> row));
	}

	boolean merge(String follower, String main) {
		return this.jdbc.sql("""
				update ticket set status = 'MERGED', merged_into = ?, claimed_by = null, claimed_at = null
				where ticket_no = ? and status in ('NEW', 'CLAIMED') and merged_into is null""")
			.params(main, follower)
			.update() == 1;
	}

	/**
	 * The followers of a ticket merged into another follow that one.
	 */
	void repoint(String formerMain, String main) {
		this.jdbc.sql("update ticket set merged_into = ? where merged_into = ? and status = 'MERGED'")
			.params(main, formerMain)
			.update();
	}

	boolean unmerge(String follower, String main) {
		return this.jdbc.sql("""
				update ticket set status = 'NEW', merged_into = null
				where ticket_no = ? and merged_into = ? and status = 'MERGED'""").params(follower, main).update() == 1;
	}

	/**
	 * Gives a waiting follower the main ticket's reply; it is rated on its own.
	 */
	boolean answer(String follower, String reply, String user, Instant now) {
		return this.jdbc.sql("""
				update ticket set reply = ?, replied_at = ?, replied_by = ?, status = 'ANSWERED', rating = null
				where ticket_no = ? and status = 'MERGED'""")
			.params(reply, Timestamp.from(now), user, follower)
			.update() == 1;
	}

	/**
	 * How many followers still wait for the main ticket's reply.
	 */
	long waiting(String main) {
		return this.jdbc.sql("select count(*) from ticket where merged_into = ? and status = 'MERGED'")
			.param(main)
			.query(Long.class)
			.single();
	}

	List<String> followers(String main) {
		return this.jdbc.sql("select ticket_no from ticket where merged_into = ? order by id")
			.param(main)
			.query(String.class)
			.list();
	}

	/**
	 * A locked ticket's state.
	 *
	 * @param number the ticket number
	 * @param status where it stands
	 * @param mergedInto its main ticket, or {@code null}
	 */
	record Row(String number, TicketStatus status, String mergedInto) {

		boolean mergeable() {
			return this.mergedInto == null && (this.status == TicketStatus.NEW || this.status == TicketStatus.CLAIMED);
		}

	}

}
