package wenzheng.bot.conversation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts for the dashboard: questions per day by how the bot replied, and the feedback
 * citizens gave.
 */
@Service
public class ConversationStats {

	private static final int ESCALATION_BATCH = 100;

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
		List<String> asked = this.jdbc.sql("""
				select t.question from conversation_turn t
				where t.created_at >= :since and t.reply_type = 'ANSWER'
				  and not exists (select 1 from feedback f where f.turn_id = t.id and f.helpful = false)
				group by t.question having count(distinct t.session_id) >= :minSessions
				order by count(distinct t.session_id) desc, max(t.id) desc""")
			.param("since", Timestamp.from(since))
			.param("minSessions", minSessions)
			.query(String.class)
			.list();
		// Escalations are looked up for the most asked questions, a batch at a time: as a
		// subquery per answered turn they made the query quadratic in the number of turns
		// (it ran for minutes at 100,000 turns).
		List<String> answered = new ArrayList<>();
		for (int from = 0; from < asked.size() && answered.size() < limit; from += ESCALATION_BATCH) {
			List<String> batch = asked.subList(from, Math.min(asked.size(), from + ESCALATION_BATCH));
			Set<String> escalated = new HashSet<>(this.jdbc
				.sql("select distinct question from conversation_turn where reply_type = 'ESCALATED' "
						+ "and question in (:questions)")
				.param("questions", batch)
				.query(String.class)
				.list());
			batch.stream()
				.filter(question -> !escalated.contains(question))
				.limit(limit - answered.size())
				.forEach(answered::add);
		}
		return answered;
	}

	/**
	 * Feedback counts.
	 */
	public record Feedback(long helpful, long unhelpful) {

	}

}
