package wenzheng.bot.telegram;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Telegram updates already taken in, so that one delivered twice (after a restart, a
 * webhook retry, or by two instances) is processed once.
 */
class ReceivedUpdates {

	private final JdbcClient jdbc;

	ReceivedUpdates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the update; false when it was recorded before. Runs in the caller's
	 * transaction, so an update whose handling fails is not recorded.
	 */
	boolean firstTime(long updateId, Instant now) {
		// Not a plain insert: on PostgreSQL a failed insert would spoil the transaction.
		try {
			return this.jdbc.sql("""
					insert into telegram_update (update_id, received_at)
					select ?, ? where not exists (select 1 from telegram_update where update_id = ?)""")
				.params(updateId, Timestamp.from(now), updateId)
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			// Another instance took it in at the same moment.
			return false;
		}
	}

}
