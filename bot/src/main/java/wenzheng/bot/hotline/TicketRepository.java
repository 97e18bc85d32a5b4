package wenzheng.bot.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores tickets. Every change of state is one conditional update, so that of two staff
 * members acting on one ticket at the same moment (on any app instance) exactly one
 * succeeds.
 */
@Repository
class TicketRepository {

	private static final String COLUMNS = "id, ticket_no, question, session_id, channel, reason, candidates, status, "
			+ "created_at, reply, replied_at, transcript, category, priority, department, due_at, claimed_by, "
			+ "claimed_at, replied_by, closed_at, rating, reopen_count, first_claimed_at, merged_into, callback_due_at";

	/** Statuses in which staff still owe the ticket a reply. */
	private static final String OPEN = "('NEW', 'CLAIMED', 'RETURNED')";

	/**
	 * Statuses in which the citizen still waits for a reply: open, or merged into
	 * another.
	 */
	private static final String AWAITING_REPLY = "('NEW', 'CLAIMED', 'RETURNED', 'MERGED')";

	private static final TypeReference<List<CandidateClause>> CANDIDATES = new TypeReference<>() {
	};

	private static final int MAX_TRANSCRIPT = 16000;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	TicketRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Inserts a ticket under a provisional number and returns its id.
	 */
	long insert(NewTicket ticket, String provisionalNumber, String department, Instant dueAt, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into ticket (ticket_no, question, session_id, channel, reason, candidates, status, created_at,
				                    transcript, category, priority, department, due_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(provisionalNumber, ticket.question(), ticket.sessionId(), ticket.channel(), ticket.reason(),
					toJson(ticket.candidates()), TicketStatus.NEW.name(), Timestamp.from(now),
					lastCharacters(ticket.transcript(), MAX_TRANSCRIPT), ticket.category().name(),
					TicketPriority.NORMAL.name(), department, Timestamp.from(dueAt))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void setNumber(long id, String number) {
		this.jdbc.sql("update ticket set ticket_no = ? where id = ?").params(number, id).update();
	}

	boolean claim(String number, String user, Instant now) {
		return this.jdbc.sql("""
				update ticket set status = 'CLAIMED', claimed_by = ?, claimed_at = ?,
				                  first_claimed_at = coalesce(first_claimed_at, ?)
				where ticket_no = ? and status = 'NEW'""")
			.params(user, Timestamp.from(now), Timestamp.from(now), number)
			.update() == 1;
	}

	boolean release(String number, String user) {
		return this.jdbc.sql("""
				update ticket set status = 'NEW', claimed_by = null, claimed_at = null
				where ticket_no = ? and status = 'CLAIMED' and claimed_by = ?""").params(number, user).update() == 1;
	}

	/**
	 * Records the reply when the ticket is unclaimed or claimed by the replier.
	 */
	boolean reply(String number, String reply, String user, Instant now) {
		return this.jdbc.sql("""
				update ticket set reply = ?, replied_at = ?, replied_by = ?, status = 'ANSWERED', rating = null
				where ticket_no = ? and (status = 'NEW' or (status = 'CLAIMED' and claimed_by = ?))""")
			.params(reply, Timestamp.from(now), user, number, user)
			.update() == 1;
	}

	boolean transfer(String number, String department, String user, boolean supervising) {
		return this.jdbc.sql("""
				update ticket set department = ?, status = 'NEW', claimed_by = null, claimed_at = null
				where ticket_no = ? and (status = 'NEW' or (status = 'CLAIMED' and (claimed_by = ? or ?)))""")
			.params(department, number, user, supervising)
			.update() == 1;
	}

	/**
	 * Tickets opened since the given moment, for the figures.
	 */
	List<Ticket> openedSince(Instant since) {
		return this.jdbc.sql("select " + COLUMNS + " from ticket where created_at >= ? order by id")
			.param(Timestamp.from(since))
			.query(this::map)
			.list();
	}

	/**
	 * The tickets of a session still waiting for a reply (merged ones too), oldest first.
	 */
	List<Ticket> findAwaitingReply(String channel, String sessionId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from ticket where session_id = ? and channel = ? and status in "
					+ AWAITING_REPLY + " order by id")
			.params(sessionId, channel)
			.query(this::map)
			.list();
	}

	/**
	 * Open tickets opened since the given moment, newest first, for finding repeats.
	 */
	List<Ticket> openSince(Instant since) {
		return this.jdbc
			.sql("select " + COLUMNS + " from ticket where status in ('NEW', 'CLAIMED') and created_at >= ? "
					+ "order by id desc fetch first 2000 rows only")
			.param(Timestamp.from(since))
			.query(this::map)
			.list();
	}

	boolean setPriority(String number, TicketPriority priority) {
		return this.jdbc.sql("update ticket set priority = ? where ticket_no = ?")
			.params(priority.name(), number)
			.update() == 1;
	}

	boolean close(String number, Instant now, String user, boolean supervising) {
		return this.jdbc.sql("""
				update ticket set status = 'CLOSED', closed_at = ?, claimed_by = null
				where ticket_no = ? and status <> 'CLOSED' and (status <> 'CLAIMED' or claimed_by = ? or ?)""")
			.params(Timestamp.from(now), number, user, supervising)
			.update() == 1;
	}

	/**
	 * Records the citizen's rating of an answered, unrated ticket of their session. A 差评
	 * puts it back in the queue (a merged follower becomes a ticket of its own) with a
	 * callback due.
	 */
	boolean rate(String number, String sessionId, TicketRating rating, Instant callbackDue) {
		String reopen = rating.poor() ? ", status = 'NEW', claimed_by = null, claimed_at = null, "
				+ "reopen_count = reopen_count + 1, merged_into = null, callback_due_at = ?" : "";
		List<Object> params = new ArrayList<>(List.of(rating.name()));
		if (rating.poor()) {
			params.add(Timestamp.from(callbackDue));
		}
		params.addAll(List.of(number, sessionId));
		return this.jdbc.sql("update ticket set rating = ?" + reopen + " " + """
				where ticket_no = ? and session_id = ? and status = 'ANSWERED' and rating is null""")
			.params(params)
			.update() == 1;
	}

	/**
	 * A callback was made: none is owed any more.
	 */
	void callbackMade(String number) {
		this.jdbc.sql("update ticket set callback_due_at = null where ticket_no = ?").param(number).update();
	}

	/**
	 * Sends a ticket back to the supervisors (退单): it must be waiting, or claimed by the
	 * user returning it.
	 */
	boolean returnTicket(String number, String user) {
		return this.jdbc.sql("""
				update ticket set status = 'RETURNED', claimed_by = null, claimed_at = null
				where ticket_no = ? and (status = 'NEW' or (status = 'CLAIMED' and claimed_by = ?))""")
			.params(number, user)
			.update() == 1;
	}

	/**
	 * A supervisor sends an open ticket to a department (改派); it waits there to be
	 * claimed.
	 */
	boolean dispatch(String number, String department) {
		return this.jdbc
			.sql("update ticket set department = ?, status = 'NEW', claimed_by = null, claimed_at = null "
					+ "where ticket_no = ? and status in " + OPEN)
			.params(department, number)
			.update() == 1;
	}

	/**
	 * A supervisor refuses a return: the ticket waits in its department again.
	 */
	boolean rejectReturn(String number) {
		return this.jdbc.sql("update ticket set status = 'NEW' where ticket_no = ? and status = 'RETURNED'")
			.param(number)
			.update() == 1;
	}

	Optional<Ticket> findByNumber(String number) {
		return this.jdbc.sql("select " + COLUMNS + " from ticket where ticket_no = ?")
			.param(number)
			.query(this::map)
			.optional();
	}

	List<Ticket> findBySession(String channel, String sessionId) {
		return this.jdbc.sql("select " + COLUMNS + " from ticket where session_id = ? and channel = ? order by id")
			.params(sessionId, channel)
			.query(this::map)
			.list();
	}

	List<Ticket> find(TicketFilter filter, Instant now) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.status() != null) {
			where.append(" and status = ?");
			params.add(filter.status().name());
		}
		else {
			// Merged followers left the queue: they are answered with their main ticket.
			where.append(" and status <> 'MERGED'");
		}
		if (filter.department() != null && !filter.department().isBlank()) {
			where.append(" and department = ?");
			params.add(filter.department());
		}
		if (filter.overdue()) {
			where.append(" and status in " + OPEN + " and due_at < ?");
			params.add(Timestamp.from(now));
		}
		if (filter.callbacks()) {
			where.append(" and callback_due_at is not null");
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			where.append(" and (question like ? escape '!' or reply like ? escape '!')");
			String pattern = "%" + likeEscaped(filter.text().strip()) + "%";
			params.add(pattern);
			params.add(pattern);
		}
		params.add(filter.limit());
		return this.jdbc.sql("select " + COLUMNS + " from ticket" + where + " order by id desc fetch first ? rows only")
			.params(params)
			.query(this::map)
			.list();
	}

	List<Duration> replyTimes(Instant since) {
		return this.jdbc
			.sql("select created_at, replied_at from ticket where created_at >= ? and replied_at is not null")
			.param(Timestamp.from(since))
			.query((rs, row) -> Duration.between(rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("replied_at").toInstant()))
			.list();
	}

	long countOpen() {
		return this.jdbc.sql("select count(*) from ticket where status in " + OPEN).query(Long.class).single();
	}

	long countOverdue(Instant now) {
		return this.jdbc.sql("select count(*) from ticket where status in " + OPEN + " and due_at < ?")
			.param(Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/**
	 * The text with the LIKE wildcards taken literally.
	 */
	private static String likeEscaped(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	/**
	 * The end of a long transcript: the latest turns matter most.
	 */
	private static String lastCharacters(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(text.length() - max);
	}

	private String toJson(List<CandidateClause> candidates) {
		try {
			return this.json.writeValueAsString(candidates);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Candidates are plain records and always serialize", ex);
		}
	}

	private Ticket map(ResultSet rs, int row) throws SQLException {
		List<CandidateClause> candidates;
		try {
			candidates = this.json.readValue(rs.getString("candidates"), CANDIDATES);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Ticket " + rs.getString("ticket_no") + " has unreadable candidates", ex);
		}
		String rating = rs.getString("rating");
		Ticket.Work work = new Ticket.Work(TicketCategory.valueOf(rs.getString("category")),
				TicketPriority.valueOf(rs.getString("priority")), rs.getString("department"), instant(rs, "due_at"),
				rs.getString("claimed_by"), instant(rs, "claimed_at"), rs.getString("replied_by"),
				instant(rs, "closed_at"), rating == null ? null : TicketRating.valueOf(rating),
				rs.getInt("reopen_count"), instant(rs, "first_claimed_at"), rs.getString("merged_into"),
				instant(rs, "callback_due_at"));
		return new Ticket(rs.getLong("id"), rs.getString("ticket_no"), rs.getString("question"),
				rs.getString("session_id"), rs.getString("channel"), rs.getString("reason"), candidates,
				TicketStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				rs.getString("reply"), instant(rs, "replied_at"), rs.getString("transcript"), work);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
