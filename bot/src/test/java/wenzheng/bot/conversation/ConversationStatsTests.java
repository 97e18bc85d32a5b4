package wenzheng.bot.conversation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions are counted on the hotline's day, not the server's.
 */
class ConversationStatsTests {

	@Test
	void aQuestionAskedAtHalfPastMidnightBeijingTimeCountsOnThatBeijingDay() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		Instant halfPastMidnightInBeijing = Instant.parse("2026-03-01T16:30:00Z");
		jdbc.sql("""
				insert into conversation_turn (session_id, channel, question, reply_type, confidence, created_at)
				values ('s', 'web', '公积金怎么提取？', 'ANSWER', 0.9, ?)""")
			.param(Timestamp.from(halfPastMidnightInBeijing))
			.update();
		ConversationStats stats = new ConversationStats(jdbc);
		Instant since = Instant.parse("2026-02-28T00:00:00Z");
		assertThat(stats.daily(since, ZoneId.of("Asia/Shanghai"))).containsOnlyKeys(LocalDate.of(2026, 3, 2));
		assertThat(stats.daily(since, ZoneId.of("UTC"))).containsOnlyKeys(LocalDate.of(2026, 3, 1));
	}

}
