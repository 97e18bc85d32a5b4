package wenzheng.bot.conversation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The questions the bot did not answer well: handed to the hotline, answered with low
 * confidence, or marked 没帮助 by the citizen. Small talk and requests for a person without
 * a question are left out.
 */
@Service
public class WeakAnswers {

	private final JdbcClient jdbc;

	WeakAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The weak answers since the given moment, newest first.
	 * @param lowConfidence answers below this confidence count as weak
	 */
	public List<WeakAnswer> since(Instant since, double lowConfidence, int limit) {
		return this.jdbc.sql("""
				select t.question, t.reply_type, t.confidence, t.created_at,
				       (select count(*) from feedback f where f.turn_id = t.id and f.helpful = false) as unhelpful,
				       (select max(f.comment_text) from feedback f where f.turn_id = t.id) as comment_text
				from conversation_turn t
				where t.created_at >= ? and t.question <> '（转人工）'
				  and (t.reply_type = 'ESCALATED'
				       or (t.reply_type = 'ANSWER' and t.confidence < ?)
				       or exists (select 1 from feedback f where f.turn_id = t.id and f.helpful = false))
				order by t.id desc fetch first ? rows only""")
			.params(Timestamp.from(since), lowConfidence, limit)
			.query((rs, row) -> new WeakAnswer(rs.getString("question"), ReplyType.valueOf(rs.getString("reply_type")),
					rs.getDouble("confidence"), rs.getLong("unhelpful") > 0, rs.getString("comment_text"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * One weak answer.
	 *
	 * @param question what the citizen asked
	 * @param type how the bot replied
	 * @param confidence how sure it was
	 * @param unhelpful whether the citizen marked the reply 没帮助
	 * @param comment what the citizen wrote with the feedback, or {@code null}
	 * @param at when
	 */
	public record WeakAnswer(String question, ReplyType type, double confidence, boolean unhelpful, String comment,
			Instant at) {

	}

}
