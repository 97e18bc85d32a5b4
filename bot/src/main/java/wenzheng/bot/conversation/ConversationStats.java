package wenzheng.bot.conversation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts for the dashboard: questions per day by how the bot replied, and the feedback
 * citizens gave.
 */
@Service
public class ConversationStats {

	private final JdbcClient jdbc;

	ConversationStats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per day since the given moment, how many turns got each kind of reply.
	 */
	public Map<LocalDate, Map<ReplyType, Long>> daily(Instant since, ZoneId zone) {
		Map<LocalDate, Map<ReplyType, Long>> days = new TreeMap<>();
		// Timestamps are stored in the server's zone; a day is counted in the given one.
		// The
		// shift is a number computed here, never user input.
		long shift = zoneShiftMinutes(zone, since);
		String turnDay = "cast(created_at + interval '1' minute * " + shift + " as date)";
		this.jdbc
			.sql("select " + turnDay + " as turn_day, reply_type, count(*) as turns from conversation_turn "
					+ "where created_at >= ? group by " + turnDay + ", reply_type")
			.param(Timestamp.from(since))
			.query((rs, row) -> days.computeIfAbsent(rs.getDate("turn_day").toLocalDate(), day -> new TreeMap<>())
				.put(ReplyType.valueOf(rs.getString("reply_type")), rs.getLong("turns")))
			.list();
		return days;
	}

	private static long zoneShiftMinutes(ZoneId zone, Instant at) {
		int stored = ZoneId.systemDefault().getRules().getOffset(at).getTotalSeconds();
		int wanted = zone.getRules().getOffset(at).getTotalSeconds();
		return (wanted - stored) / 60;
	}

	/**
	 * How often replies were marked 有帮助 and 没帮助 since the given moment.
	 */
	public Feedback feedback(Instant since) {
		List<Long> counts = this.jdbc.sql("""
				select coalesce(sum(case when helpful then 1 else 0 end), 0) as helpful,
				       coalesce(sum(case when helpful then 0 else 1 end), 0) as unhelpful
				from feedback where created_at >= ?""")
			.param(Timestamp.from(since))
			.query((rs, row) -> List.of(rs.getLong("helpful"), rs.getLong("unhelpful")))
			.single();
		return new Feedback(counts.get(0), counts.get(1));
	}

	/**
	 * The questions most often answered since the given moment, most asked first: asked
	 * in at least {@code minSessions} sessions, never marked 没帮助 and never handed to the
	 * hotline.
	 */
	public List<String> mostAskedAnswered(Instant since, int minSessions, int limit) {
		return this.jdbc
			.sql("""
					select t.question from conversation_turn t
					where t.created_at >= ? and t.reply_type = 'ANSWER'
					  and not exists (select 1 from feedback f where f.turn_id = t.id and f.helpful = false)
					  and not exists (select 1 from conversation_turn e where e.question = t.question and e.reply_type = 'ESCALATED')
					group by t.question having count(distinct t.session_id) >= ?
					order by count(distinct t.session_id) desc, max(t.id) desc fetch first ? rows only""")
			.params(Timestamp.from(since), minSessions, limit)
			.query(String.class)
			.list();
	}

	/**
	 * Feedback counts.
	 */
	public record Feedback(long helpful, long unhelpful) {

	}

}
