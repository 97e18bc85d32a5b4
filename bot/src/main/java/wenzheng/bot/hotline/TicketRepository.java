package wenzheng.bot.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
 * Stores tickets.
 */
@Repository
class TicketRepository {

	private static final String COLUMNS = "id, ticket_no, question, session_id, channel, reason, candidates, status, "
			+ "created_at, reply, replied_at, transcript";

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
	long insert(NewTicket ticket, String provisionalNumber, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into ticket (ticket_no, question, session_id, channel, reason, candidates, status, created_at,
				                    transcript)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(provisionalNumber, ticket.question(), ticket.sessionId(), ticket.channel(), ticket.reason(),
					toJson(ticket.candidates()), TicketStatus.NEW.name(), Timestamp.from(now),
					lastCharacters(ticket.transcript(), MAX_TRANSCRIPT))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void setNumber(long id, String number) {
		this.jdbc.sql("update ticket set ticket_no = ? where id = ?").params(number, id).update();
	}

	boolean reply(String number, String reply, Instant now) {
		return this.jdbc.sql("update ticket set reply = ?, replied_at = ?, status = ? where ticket_no = ?")
			.params(reply, Timestamp.from(now), TicketStatus.ANSWERED.name(), number)
			.update() == 1;
	}

	Optional<Ticket> findByNumber(String number) {
		return this.jdbc.sql("select " + COLUMNS + " from ticket where ticket_no = ?")
			.param(number)
			.query(this::map)
			.optional();
	}

	List<Ticket> findBySession(String sessionId) {
		return this.jdbc.sql("select " + COLUMNS + " from ticket where session_id = ? order by id")
			.param(sessionId)
			.query(this::map)
			.list();
	}

	List<Ticket> findRecent(TicketStatus status, int limit) {
		if (status == null) {
			return this.jdbc.sql("select " + COLUMNS + " from ticket order by id desc fetch first ? rows only")
				.param(limit)
				.query(this::map)
				.list();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from ticket where status = ? order by id desc fetch first ? rows only")
			.params(status.name(), limit)
			.query(this::map)
			.list();
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
		Timestamp replied = rs.getTimestamp("replied_at");
		return new Ticket(rs.getLong("id"), rs.getString("ticket_no"), rs.getString("question"),
				rs.getString("session_id"), rs.getString("channel"), rs.getString("reason"), candidates,
				TicketStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				rs.getString("reply"), replied == null ? null : replied.toInstant(), rs.getString("transcript"));
	}

}
