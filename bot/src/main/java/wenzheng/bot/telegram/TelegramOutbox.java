package wenzheng.bot.telegram;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Messages waiting for delivery, in the database, so that a restart or a Telegram outage
 * loses none. A message being sent is leased: if its sender dies, the lease runs out and
 * another sender picks it up.
 */
class TelegramOutbox {

	enum Status {

		PENDING, SENDING, SENT, FAILED

	}

	private static final int MAX_ERROR = 1000;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	TelegramOutbox(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void enqueue(OutgoingMessage message, Instant now) {
		this.jdbc.sql("""
				insert into telegram_outbox (chat_id, text, keyboard, ticket_no, status, attempts, next_attempt_at,
				                             created_at)
				values (?, ?, ?, ?, ?, 0, ?, ?)""")
			.params(message.chatId(), message.html(), keyboardJson(message.keyboard()), message.ticketNumber(),
					Status.PENDING.name(), Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	/**
	 * Messages due now, oldest first: pending ones and those whose sender's lease ran
	 * out, each only when no earlier message to its chat waits, so that a chat gets its
	 * messages in order.
	 */
	List<Queued> due(Instant now, int limit) {
		return this.jdbc.sql("""
				select id, chat_id, text, keyboard, ticket_no, status, attempts, next_attempt_at from telegram_outbox o
				where status in ('PENDING', 'SENDING') and next_attempt_at <= ?
				  and not exists (select 1 from telegram_outbox e
				                  where e.chat_id = o.chat_id and e.id < o.id and e.status in ('PENDING', 'SENDING'))
				order by id fetch first ? rows only""").params(Timestamp.from(now), limit).query(this::map).list();
	}

	/**
	 * Takes a message for sending until {@code leaseUntil}; false when another sender
	 * took it first.
	 */
	boolean claim(Queued message, Instant leaseUntil) {
		return this.jdbc.sql("""
				update telegram_outbox set status = 'SENDING', next_attempt_at = ?
				where id = ? and status = ? and next_attempt_at = ?""")
			.params(Timestamp.from(leaseUntil), message.id(), message.status().name(),
					Timestamp.from(message.nextAttemptAt()))
			.update() == 1;
	}

	/** Messages waiting to be sent or being sent. */
	long backlog() {
		return this.jdbc.sql("select count(*) from telegram_outbox where status in ('PENDING', 'SENDING')")
			.query(Long.class)
			.single();
	}

	/**
	 * Messages given up on after their last attempt (kept until the retention rule
	 * removes them).
	 */
	long failedCount() {
		return this.jdbc.sql("select count(*) from telegram_outbox where status = 'FAILED'").query(Long.class).single();
	}

	void sent(long id, Instant now) {
		this.jdbc.sql("update telegram_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1 where id = ?")
			.params(Timestamp.from(now), id)
			.update();
	}

	void retryAt(long id, Instant next, int attempts, String error) {
		this.jdbc.sql("""
				update telegram_outbox set status = 'PENDING', next_attempt_at = ?, attempts = ?, last_error = ?
				where id = ?""").params(Timestamp.from(next), attempts, truncate(error), id).update();
	}

	void failed(long id, int attempts, String error) {
		this.jdbc.sql("update telegram_outbox set status = 'FAILED', attempts = ?, last_error = ? where id = ?")
			.params(attempts, truncate(error), id)
			.update();
	}

	/**
	 * When the next message becomes due, or {@code null} when none waits.
	 */
	Instant nextDue() {
		Timestamp next = this.jdbc
			.sql("select min(next_attempt_at) from telegram_outbox where status in ('PENDING', 'SENDING')")
			.query((rs, row) -> rs.getTimestamp(1))
			.list()
			.get(0);
		return next == null ? null : next.toInstant();
	}

	InlineKeyboardMarkup keyboard(String json) {
		if (json == null) {
			return null;
		}
		try {
			return this.json.readValue(json, InlineKeyboardMarkup.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored keyboard is unreadable", ex);
		}
	}

	private String keyboardJson(InlineKeyboardMarkup keyboard) {
		if (keyboard == null) {
			return null;
		}
		try {
			return this.json.writeValueAsString(keyboard);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Keyboards are plain objects and always serialize", ex);
		}
	}

	private Queued map(ResultSet rs, int row) throws SQLException {
		return new Queued(rs.getLong("id"), rs.getLong("chat_id"), rs.getString("text"), rs.getString("keyboard"),
				rs.getString("ticket_no"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getTimestamp("next_attempt_at").toInstant());
	}

	private static String truncate(String text) {
		return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
	}

	/**
	 * A stored message.
	 */
	record Queued(long id, long chatId, String html, String keyboard, String ticketNumber, Status status, int attempts,
			Instant nextAttemptAt) {

	}

}
