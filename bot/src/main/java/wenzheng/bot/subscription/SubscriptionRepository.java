package wenzheng.bot.subscription;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores subscriptions, the /subscribe dialogues in progress and the notices sent.
 */
@Repository
class SubscriptionRepository {

	private final JdbcClient jdbc;

	SubscriptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(long chatId, String place, String topic, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into subscription (chat_id, place, topic, created_at) values (?, ?, ?, ?)")
			.params(chatId, place, topic, Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<Subscription> byChat(long chatId) {
		return this.jdbc
			.sql("select id, chat_id, place, topic, created_at from subscription where chat_id = ? order by id")
			.param(chatId)
			.query((rs, row) -> new Subscription(rs.getLong("id"), rs.getLong("chat_id"), rs.getString("place"),
					rs.getString("topic"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	List<Subscription> all() {
		return this.jdbc.sql("select id, chat_id, place, topic, created_at from subscription order by id")
			.query((rs, row) -> new Subscription(rs.getLong("id"), rs.getLong("chat_id"), rs.getString("place"),
					rs.getString("topic"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	boolean remove(long chatId, long id) {
		return this.jdbc.sql("delete from subscription where chat_id = ? and id = ?").params(chatId, id).update() == 1;
	}

	/**
	 * Deletes everything kept about a chat; returns how many subscriptions went.
	 */
	int forget(long chatId) {
		this.jdbc.sql("delete from subscription_draft where chat_id = ?").param(chatId).update();
		this.jdbc.sql("delete from subscription_notice where chat_id = ?").param(chatId).update();
		return this.jdbc.sql("delete from subscription where chat_id = ?").param(chatId).update();
	}

	void saveDraft(long chatId, String place, Instant now) {
		this.jdbc.sql("delete from subscription_draft where chat_id = ?").param(chatId).update();
		this.jdbc.sql("insert into subscription_draft (chat_id, place, created_at) values (?, ?, ?)")
			.params(chatId, place, Timestamp.from(now))
			.update();
	}

	Optional<String> draftPlace(long chatId, Instant notBefore) {
		return this.jdbc.sql("select place from subscription_draft where chat_id = ? and created_at >= ?")
			.params(chatId, Timestamp.from(notBefore))
			.query(String.class)
			.optional();
	}

	void removeDraft(long chatId) {
		this.jdbc.sql("delete from subscription_draft where chat_id = ?").param(chatId).update();
	}

	int noticesSince(long chatId, Instant since) {
		return this.jdbc.sql("select count(*) from subscription_notice where chat_id = ? and sent_at >= ?")
			.params(chatId, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/**
	 * Records a notice; false when the chat was already told of the publication.
	 */
	boolean recordNotice(long chatId, String publication, Instant now) {
		// Looked up rather than caught: a failed insert would spoil a PostgreSQL
		// transaction.
		boolean told = this.jdbc.sql("select count(*) from subscription_notice where chat_id = ? and publication = ?")
			.params(chatId, publication)
			.query(Integer.class)
			.single() > 0;
		if (told) {
			return false;
		}
		this.jdbc.sql("insert into subscription_notice (chat_id, publication, sent_at) values (?, ?, ?)")
			.params(chatId, publication, Timestamp.from(now))
			.update();
		return true;
	}

	/**
	 * Deletes subscriptions, dialogues and notices older than the cutoff; returns how
	 * many subscriptions went.
	 */
	int purge(Instant cutoff) {
		Timestamp before = Timestamp.from(cutoff);
		this.jdbc.sql("delete from subscription_draft where created_at < ?").param(before).update();
		this.jdbc.sql("delete from subscription_notice where sent_at < ?").param(before).update();
		return this.jdbc.sql("delete from subscription where created_at < ?").param(before).update();
	}

}
