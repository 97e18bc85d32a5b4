package wenzheng.bot.conversation;

import java.sql.Timestamp;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes citizens' conversations once they are closed and older than
 * {@code wenzheng.retention.days} (0 keeps them): turns and feedback of sessions with no
 * ticket still open, closed tickets with their history, and sent Telegram messages. A web
 * session whose turns are deleted is no longer known. Published answers keep their own
 * masked copy.
 */
@Component
public class ConversationRetention {

	private static final Logger log = LoggerFactory.getLogger(ConversationRetention.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int days;

	ConversationRetention(JdbcClient jdbc, Clock clock, @Value("${wenzheng.retention.days:0}") int days) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.days = days;
	}

	@Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
	void purgeOnSchedule() {
		if (this.days > 0) {
			purge();
		}
	}

	/**
	 * Deletes what is older than the retention period; returns how many conversation
	 * turns went.
	 */
	@Transactional
	public int purge() {
		Timestamp cutoff = Timestamp.from(Instant.now(this.clock).minus(Duration.ofDays(Math.max(this.days, 0))));
		String closedSessions = """
				select t.session_id from conversation_turn t
				group by t.session_id
				having max(t.created_at) < :cutoff
				   and not exists (select 1 from ticket k where k.session_id = t.session_id and k.status <> 'CLOSED')""";
		this.jdbc
			.sql("delete from feedback where turn_id in (select id from conversation_turn where session_id in ("
					+ closedSessions + "))")
			.param("cutoff", cutoff)
			.update();
		int turns = this.jdbc.sql("delete from conversation_turn where session_id in (" + closedSessions + ")")
			.param("cutoff", cutoff)
			.update();
		String closedTickets = "select ticket_no from ticket where status = 'CLOSED' and closed_at < :cutoff";
		for (String table : List.of("ticket_event", "ticket_rating", "ticket_part")) {
			this.jdbc.sql("delete from " + table + " where ticket_no in (" + closedTickets + ")")
				.param("cutoff", cutoff)
				.update();
		}
		int tickets = this.jdbc.sql("delete from ticket where status = 'CLOSED' and closed_at < :cutoff")
			.param("cutoff", cutoff)
			.update();
		int messages = this.jdbc.sql("delete from telegram_outbox where sent_at is not null and sent_at < :cutoff")
			.param("cutoff", cutoff)
			.update();
		if (turns + tickets + messages > 0) {
			log.info("Retention ({} days): deleted {} conversation turns, {} closed tickets, {} sent Telegram messages",
					this.days, turns, tickets, messages);
		}
		return turns;
	}

}
