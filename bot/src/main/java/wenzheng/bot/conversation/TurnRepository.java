package wenzheng.bot.conversation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores conversation turns and the feedback on them.
 */
@Repository
class TurnRepository {

	private static final int MAX_ANSWER = 8000;

	private final JdbcClient jdbc;

	TurnRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Inquiry inquiry, BotReply reply, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		String answer = reply.answer() == null ? null : truncate(reply.answer(), MAX_ANSWER);
		this.jdbc.sql("""
				insert into conversation_turn (session_id, channel, question, reply_type, answer, confidence, ticket_no,
				                               created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(inquiry.sessionId(), inquiry.channel(), inquiry.question(), reply.type().name(), answer,
					reply.confidence(), reply.ticketId(), Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * The latest turns of a channel's session, oldest first.
	 */
	List<Turn> recent(String channel, String sessionId, int limit) {
		List<Turn> newestFirst = this.jdbc.sql("""
				select id, question, reply_type, answer, created_at from conversation_turn
				where session_id = ? and channel = ? order by id desc fetch first ? rows only""")
			.params(sessionId, channel, limit)
			.query((rs, row) -> new Turn(rs.getLong("id"), rs.getString("question"),
					ReplyType.valueOf(rs.getString("reply_type")), rs.getString("answer"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		return newestFirst.reversed();
	}

	boolean belongsTo(long turnId, String channel, String sessionId) {
		return this.jdbc.sql("select count(*) from conversation_turn where id = ? and session_id = ? and channel = ?")
			.params(turnId, sessionId, channel)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Stores the feedback on a turn, replacing any earlier one: the last one counts.
	 */
	void saveFeedback(long turnId, boolean helpful, String comment, Instant now) {
		int updated = this.jdbc
			.sql("update feedback set helpful = ?, comment_text = ?, created_at = ? where turn_id = ?")
			.params(helpful, comment, Timestamp.from(now), turnId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into feedback (turn_id, helpful, comment_text, created_at) values (?, ?, ?, ?)")
				.params(turnId, helpful, comment, Timestamp.from(now))
				.update();
		}
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	/**
	 * One exchange: what the citizen wrote and what the bot replied, and when.
	 */
	record Turn(long id, String question, ReplyType type, String answer, Instant at) {

	}

}
