package wenzheng.bot.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the web chat's sessions promise on every database: ids of at least 128 random
 * bits, known to every instance once their first turn is stored, never an id the server
 * did not issue (a chosen one, another channel's), expiring after the retention period,
 * and the random ids issued before still known.
 */
abstract class WebSessionsContract {

	private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	private JdbcClient jdbc;

	/**
	 * An empty database (schema) of its own for one test.
	 */
	abstract DataSource emptyDatabase();

	@BeforeEach
	void migrate() {
		DataSource dataSource = emptyDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Test
	void issuedIdsCarryAtLeast128RandomBitsAndAreKnownEverywhereOnceTheirFirstTurnIsStored() {
		WebSessions sessions = sessions(NOW, 30);
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			String id = sessions.issue();
			assertThat(Base64.getUrlDecoder().decode(id)).hasSizeGreaterThanOrEqualTo(16);
			assertThat(sessions.known(id)).isTrue();
			ids.add(id);
		}
		assertThat(ids).hasSize(200);
		String id = ids.iterator().next();
		assertThat(sessions(NOW, 30).known(id)).as("another instance, before the first turn is stored").isFalse();
		turn(id, "web", NOW);
		assertThat(sessions(NOW, 30).known(id)).as("another instance").isTrue();
	}

	@Test
	void anIdTheServerDidNotIssueIsUnknownEvenWhenItHasTurns() {
		turn("test", "web", NOW);
		turn("tg:4242", "telegram", NOW);
		String telegramLookalike = sessions(NOW, 30).issue();
		turn(telegramLookalike, "telegram", NOW);
		WebSessions sessions = sessions(NOW, 30);
		for (String chosen : new String[] { "test", "1", "tg:4242", "s-1", "", null, "x".repeat(101) }) {
			assertThat(sessions.known(chosen)).as(String.valueOf(chosen)).isFalse();
		}
		assertThat(sessions.known(telegramLookalike)).as("another channel's session").isFalse();
		assertThatThrownBy(() -> sessions.require("tg:4242")).hasMessageContaining("没有找到这个会话");
	}

	@Test
	void aSessionWhoseLastQuestionIsOlderThanTheRetentionPeriodExpires() {
		String kept = sessions(NOW, 30).issue();
		String abandoned = sessions(NOW, 30).issue();
		turn(kept, "web", NOW);
		turn(abandoned, "web", NOW);
		turn(kept, "web", NOW.plus(Duration.ofDays(20)));
		WebSessions later = sessions(NOW.plus(Duration.ofDays(45)), 30);
		assertThat(later.known(kept)).as("asked 25 days ago").isTrue();
		assertThat(later.known(abandoned)).as("asked 45 days ago").isFalse();
		assertThat(sessions(NOW.plus(Duration.ofDays(4000)), 0).known(abandoned)).as("retention 0 keeps everything")
			.isTrue();
	}

	@Test
	void theRandomIdsIssuedBeforeStayKnown() {
		String issuedBefore = UUID.randomUUID().toString();
		turn(issuedBefore, "web", NOW);
		turn("00000000-0000-0000-0000-000000000000", "web", NOW);
		WebSessions sessions = sessions(NOW, 30);
		assertThat(sessions.known(issuedBefore)).isTrue();
		assertThat(sessions.known("00000000-0000-0000-0000-000000000000")).as("not a random UUID").isFalse();
	}

	private WebSessions sessions(Instant now, int retentionDays) {
		return new WebSessions(this.jdbc, Clock.fixed(now, ZoneOffset.UTC), retentionDays);
	}

	private void turn(String session, String channel, Instant at) {
		this.jdbc
			.sql("""
					insert into conversation_turn (session_id, channel, question, reply_type, answer, confidence, created_at)
					values (?, ?, '问', 'ANSWER', '答', 0.9, ?)""")
			.params(session, channel, Timestamp.from(at))
			.update();
	}

}
