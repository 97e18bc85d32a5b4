package wenzheng.bot.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores every rating of a ticket and the appeals against them. Appealing and deciding
 * are conditional updates, so one appeal per rating and one decision per appeal hold
 * across instances.
 */
@Repository
class RatingRepository {

	private static final String COLUMNS = "id, ticket_no, level, source, rated_at, appeal_status, appeal_reason, "
			+ "appealed_by, appeal_note, decided_by";

	private final JdbcClient jdbc;

	RatingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String number, TicketRating rating, String source, Instant at) {
		this.jdbc.sql("insert into ticket_rating (ticket_no, level, source, rated_at) values (?, ?, ?, ?)")
			.params(number, rating.level(), source, Timestamp.from(at))
			.update();
	}

	List<RatingEntry> of(String number) {
		return this.jdbc.sql("select " + COLUMNS + " from ticket_rating where ticket_no = ? order by id")
			.param(number)
			.query(RatingRepository::map)
			.list();
	}

	/**
	 * The latest 差评 of a ticket not appealed yet.
	 */
	Optional<RatingEntry> latestAppealable(String number) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from ticket_rating where ticket_no = ? and level <= 2 and appeal_status is null
				order by id desc fetch first 1 rows only""").param(number).query(RatingRepository::map).optional();
	}

	boolean appeal(long id, String reason, String user) {
		return this.jdbc.sql("""
				update ticket_rating set appeal_status = 'PENDING', appeal_reason = ?, appealed_by = ?
				where id = ? and appeal_status is null""").params(reason, user, id).update() == 1;
	}

	boolean decide(String number, boolean upheld, String note, String user) {
		return this.jdbc.sql("""
				update ticket_rating set appeal_status = ?, appeal_note = ?, decided_by = ?
				where ticket_no = ? and appeal_status = 'PENDING'""")
			.params(upheld ? "UPHELD" : "REJECTED", note, user, number)
			.update() > 0;
	}

	/**
	 * The ratings of tickets opened since the given moment, for the figures.
	 */
	List<RatingEntry> ofTicketsOpenedSince(Instant since) {
		return this.jdbc.sql("select " + prefixed("r") + """
				 from ticket_rating r join ticket t on t.ticket_no = r.ticket_no
				where t.created_at >= ? order by r.id""")
			.param(Timestamp.from(since))
			.query(RatingRepository::map)
			.list();
	}

	private static String prefixed(String alias) {
		return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
	}

	private static RatingEntry map(ResultSet rs, int row) throws SQLException {
		String status = rs.getString("appeal_status");
		RatingEntry.Appeal appeal = status == null ? null
				: new RatingEntry.Appeal(RatingEntry.Appeal.Status.valueOf(status), rs.getString("appeal_reason"),
						rs.getString("appealed_by"), rs.getString("appeal_note"), rs.getString("decided_by"));
		return new RatingEntry(rs.getLong("id"), rs.getString("ticket_no"), rs.getInt("level"), rs.getString("source"),
				rs.getTimestamp("rated_at").toInstant(), appeal);
	}

}
