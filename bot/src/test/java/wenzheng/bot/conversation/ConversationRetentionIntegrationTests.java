package wenzheng.bot.conversation;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closed conversations older than the retention period are deleted; open ones and recent
 * ones stay.
 */
@SpringBootTest(properties = "wenzheng.retention.days=30")
class ConversationRetentionIntegrationTests {

	@TempDir
	static Path dataDir;

	@Autowired
	private ConversationRetention retention;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@Test
	void closedConversationsOlderThanTheRetentionPeriodAreDeleted() {
		Instant old = Instant.now().minus(Duration.ofDays(40));
		turn("old-closed", old);
		ticket("T-OLD-CLOSED", "old-closed", "CLOSED", old);
		turn("old-open", old);
		ticket("T-OLD-OPEN", "old-open", "NEW", null);
		turn("recent", Instant.now().minus(Duration.ofDays(2)));

		assertThat(this.retention.purge()).isEqualTo(1);

		assertThat(sessions()).containsExactlyInAnyOrder("old-open", "recent");
		assertThat(
				this.jdbc.sql("select ticket_no from ticket where ticket_no like 'T-OLD-%'").query(String.class).list())
			.containsExactly("T-OLD-OPEN");
		assertThat(this.jdbc.sql("select count(*) from ticket_event where ticket_no = 'T-OLD-CLOSED'")
			.query(Long.class)
			.single()).isZero();
	}

	private List<String> sessions() {
		return this.jdbc
			.sql("select distinct session_id from conversation_turn where session_id in "
					+ "('old-closed', 'old-open', 'recent')")
			.query(String.class)
			.list();
	}

	private void turn(String session, Instant at) {
		this.jdbc
			.sql("""
					insert into conversation_turn (session_id, channel, question, reply_type, answer, confidence, created_at)
					values (?, 'web', '我的电话是13912345678', 'ANSWER', '答复', 0.9, ?)""")
			.params(session, Timestamp.from(at))
			.update();
	}

	private void ticket(String number, String session, String status, Instant closedAt) {
		this.jdbc.sql("""
				insert into ticket (ticket_no, question, session_id, channel, candidates, status, created_at, closed_at)
				values (?, '问题', ?, 'web', '[]', ?, ?, ?)""")
			.params(number, session, status, Timestamp.from(Instant.now().minus(Duration.ofDays(45))),
					closedAt == null ? null : Timestamp.from(closedAt))
			.update();
		this.jdbc
			.sql("insert into ticket_event (ticket_no, actor, action, created_at) values (?, 'system', 'CREATED', ?)")
			.params(number, Timestamp.from(Instant.now()))
			.update();
	}

}
