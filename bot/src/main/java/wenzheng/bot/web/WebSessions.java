package wenzheng.bot.web;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The web chat's sessions. The server issues every id (192 random bits); a session is
 * recorded by its turns, committed with its first question, which give its creation and
 * last use, so issuing costs no write of its own. An id is known when it has the form the
 * server issues (or issued before: a random UUID), has web turns, and its last question
 * is within {@code wenzheng.retention.days}; the retention rule deletes the rest. Ids
 * seen in the last {@value #REMEMBERED_MINUTES} minutes are remembered, so a conversation
 * costs one lookup per such period and instance.
 */
@Component
class WebSessions {

	private static final int ID_BYTES = 24;

	private static final int REMEMBERED_MINUTES = 10;

	private static final Pattern ISSUED_FORM = Pattern
		.compile("[A-Za-z0-9_-]{32}|[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

	private final SecureRandom random = new SecureRandom();

	private final Cache<String, Boolean> recentlyUsed = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofMinutes(REMEMBERED_MINUTES))
		.build();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int retentionDays;

	WebSessions(JdbcClient jdbc, Clock clock, @Value("${wenzheng.retention.days:0}") int retentionDays) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retentionDays = retentionDays;
	}

	/**
	 * A new session id; the session is recorded by the turn of the question it was issued
	 * for.
	 */
	String issue() {
		byte[] bytes = new byte[ID_BYTES];
		this.random.nextBytes(bytes);
		String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.recentlyUsed.put(id, Boolean.TRUE);
		return id;
	}

	/**
	 * Whether the server issued this id and it has not expired.
	 */
	boolean known(String id) {
		if (id == null || !ISSUED_FORM.matcher(id).matches()) {
			return false;
		}
		if (this.recentlyUsed.getIfPresent(id) != null) {
			return true;
		}
		Instant now = this.clock.instant();
		Instant expired = this.retentionDays > 0 ? now.minus(Duration.ofDays(this.retentionDays)) : Instant.EPOCH;
		boolean known = this.jdbc.sql("""
				select count(*) from conversation_turn
				where session_id = ? and channel = 'web' and created_at >= ?""")
			.params(id, Timestamp.from(expired))
			.query(Long.class)
			.single() > 0;
		if (known) {
			this.recentlyUsed.put(id, Boolean.TRUE);
		}
		return known;
	}

	/**
	 * The id of a session endpoint's path, when the server issued it.
	 * @throws ResponseStatusException 404 for any other id
	 */
	String require(String id) {
		if (!known(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有找到这个会话，请重新提问");
		}
		return id;
	}

}
