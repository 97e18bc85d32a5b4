package wenzheng.bot.telegram;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import wenzheng.bot.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The received-update record and the outbox on PostgreSQL, where several app instances
 * share them.
 */
@ExtendWith(TestPostgres.class)
class TelegramStorePostgresIntegrationTests {

	private static TestPostgres.Schema schema;

	private static JdbcClient jdbc;

	@BeforeAll
	static void migrate() {
		schema = TestPostgres.createMigratedSchema();
		jdbc = JdbcClient.create(schema.dataSource());
	}

	@AfterAll
	static void dropSchema() {
		if (schema != null) {
			schema.close();
		}
	}

	@Test
	void anUpdateIsTakenInOnceAndTheTransactionStaysUsable() {
		ReceivedUpdates received = new ReceivedUpdates(jdbc);
		TransactionTemplate transaction = new TransactionTemplate(
				new DataSourceTransactionManager(schema.dataSource()));
		Instant now = Instant.now();
		Boolean first = transaction.execute(status -> received.firstTime(77, now));
		assertThat(first).isTrue();
		Long afterDuplicate = transaction.execute(status -> {
			assertThat(received.firstTime(77, now)).isFalse();
			return jdbc.sql("select count(*) from telegram_update").query(Long.class).single();
		});
		assertThat(afterDuplicate).isEqualTo(1);
	}

	@Test
	void onlyOneSenderClaimsAMessageAndAChatWaitsForItsEarlierMessage() {
		TelegramOutbox outbox = new TelegramOutbox(jdbc, TelegramConfiguration.TELEGRAM_JSON);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		outbox.enqueue(new OutgoingMessage(1, "第一条"), now);
		outbox.enqueue(new OutgoingMessage(1, "第二条"), now);
		outbox.enqueue(new OutgoingMessage(2, "别的会话"), now);

		List<TelegramOutbox.Queued> due = outbox.due(now.plusSeconds(1), 10);
		assertThat(due).extracting(TelegramOutbox.Queued::html).containsExactly("第一条", "别的会话");
		TelegramOutbox.Queued first = due.get(0);
		assertThat(outbox.claim(first, now.plusSeconds(60))).isTrue();
		assertThat(outbox.claim(first, now.plusSeconds(60))).isFalse();

		outbox.retryAt(first.id(), now.plusSeconds(30), 1, "502");
		assertThat(outbox.due(now.plusSeconds(1), 10)).extracting(TelegramOutbox.Queued::html).containsExactly("别的会话");
		outbox.sent(first.id(), now);
		assertThat(outbox.due(now.plusSeconds(1), 10)).extracting(TelegramOutbox.Queued::html)
			.containsExactly("第二条", "别的会话");
		assertThat(outbox.nextDue()).isNotNull();
	}

}
