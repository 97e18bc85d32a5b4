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
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the web chat's sessions promise on every database: ids of at least 128 random bits
 * stored only as hashes, unknown until issued, expiring after the retention period, and
 * the ids issued before the sessions were recorded adopted by the upgrade, chosen ones
 * not.
 */
abstract class WebSessionsContract {

	private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	/**
	 * An empty database (schema) of its own for one test.
	 */
	abstract DataSource emptyDatabase();

	@Test
	void issuedIdsCarryAtLeast128RandomBitsAndOnlyTheirHashIsStored() {
		JdbcClient jdbc = migrated(null);
		WebSessions sessions = new WebSessions(jdbc, clock(NOW), 30);
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			String id = sessions.issue();
			assertThat(Base64.getUrlDecoder().decode(id)).hasSizeGreaterThanOrEqualTo(16);
			ids.add(id);
		}
		assertThat(ids).hasSize(200);
		String id = ids.iterator().next();
		assertThat(jdbc.sql("select count(*) from web_session where id_hash = ?").param(id).query(Long.class).single())
			.as("the id itself is nowhere")
			.isZero();
		assertThat(jdbc.sql("select count(*) from web_session where id_hash = ?")
			.param(WebSessions.hash(id))
			.query(Long.class)
			.single()).isOne();
		assertThat(new WebSessions(jdbc, clock(NOW), 30).known(id)).as("known to another instance").isTrue();
	}

	@Test
	void anIdTheServerDidNotIssueIsUnknown() {
		WebSessions sessions = new WebSessions(migrated(null), clock(NOW), 30);
		for (String chosen : new String[] { "test", "1", "tg:4242", "s-1", "", null, "x".repeat(101) }) {
			assertThat(sessions.known(chosen)).as(String.valueOf(chosen)).isFalse();
		}
		assertThatThrownBy(() -> sessions.require("tg:4242")).hasMessageContaining("没有找到这个会话");
	}

	@Test
	void aSessionUnusedForTheRetentionPeriodExpiresAndUseKeepsItAlive() {
		JdbcClient jdbc = migrated(null);
		String kept = new WebSessions(jdbc, clock(NOW), 30).issue();
		String abandoned = new WebSessions(jdbc, clock(NOW), 30).issue();
		assertThat(new WebSessions(jdbc, clock(NOW.plus(Duration.ofDays(20))), 30).known(kept)).isTrue();
		WebSessions later = new WebSessions(jdbc, clock(NOW.plus(Duration.ofDays(45))), 30);
		assertThat(later.known(kept)).as("used 25 days ago").isTrue();
		assertThat(later.known(abandoned)).as("unused for 45 days").isFalse();
		assertThat(new WebSessions(jdbc, clock(NOW.plus(Duration.ofDays(4000))), 0).known(kept))
			.as("retention 0 keeps everything")
			.isTrue();
	}

	@Test
	void theUpgradeAdoptsTheRandomIdsIssuedBeforeAndNoChosenOnes() {
		String issuedBefore = UUID.randomUUID().toString();
		JdbcClient jdbc = migrated(before -> {
			insertTurn(before, issuedBefore, "web", NOW.minus(Duration.ofDays(2)));
			insertTurn(before, issuedBefore, "web", NOW.minus(Duration.ofDays(1)));
			insertTurn(before, "test", "web", NOW);
			insertTurn(before, "00000000-0000-0000-0000-000000000000", "web", NOW);
			insertTurn(before, "tg:4242", "telegram", NOW);
		});
		WebSessions sessions = new WebSessions(jdbc, clock(NOW), 30);
		assertThat(sessions.known(issuedBefore)).isTrue();
		assertThat(sessions.known("test")).isFalse();
		assertThat(sessions.known("00000000-0000-0000-0000-000000000000")).isFalse();
		assertThat(sessions.known("tg:4242")).isFalse();
		assertThat(jdbc.sql("select count(*) from web_session").query(Long.class).single()).isOne();
	}

	/**
	 * Applies every migration; {@code beforeSessions}, when given, runs on the schema as
	 * it was before the web sessions were recorded.
	 */
	private JdbcClient migrated(Consumer<JdbcClient> beforeSessions) {
		DataSource dataSource = emptyDatabase();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		if (beforeSessions != null) {
			flyway(dataSource).target("16").load().migrate();
			beforeSessions.accept(jdbc);
		}
		flyway(dataSource).load().migrate();
		return jdbc;
	}

	private static FluentConfiguration flyway(DataSource dataSource) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
	}

	private static void insertTurn(JdbcClient jdbc, String session, String channel, Instant at) {
		jdbc.sql(
				"""
						insert into conversation_turn (session_id, channel, question, reply_type, answer, confidence, created_at)
						values (?, ?, '问', 'ANSWER', '答', 0.9, ?)""")
			.params(session, channel, Timestamp.from(at))
			.update();
	}

	private static Clock clock(Instant now) {
		return Clock.fixed(now, ZoneOffset.UTC);
	}

}
