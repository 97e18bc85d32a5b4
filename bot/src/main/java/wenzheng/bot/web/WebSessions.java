package wenzheng.bot.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The web chat's sessions. The server issues every id (192 random bits) and stores only
 * its SHA-256 with the times it was made and last used; an id it did not issue, or one
 * unused for {@code wenzheng.retention.days}, is unknown. Ids seen in the last few
 * minutes are remembered, so a conversation costs one database statement per
 * {@value #REMEMBERED_MINUTES} minutes and instance, which also records its last use.
 */
@Component
public class WebSessions {

	private static final int ID_BYTES = 24;

	private static final int REMEMBERED_MINUTES = 10;

	private static final int MAX_ID_LENGTH = 100;

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
	 * Issues and records a new session id.
	 */
	String issue() {
		byte[] bytes = new byte[ID_BYTES];
		this.random.nextBytes(bytes);
		String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Timestamp now = Timestamp.from(this.clock.instant());
		String hash = hash(id);
		this.jdbc.sql("insert into web_session (id_hash, created_at, last_used_at) values (?, ?, ?)")
			.params(hash, now, now)
			.update();
		this.recentlyUsed.put(hash, Boolean.TRUE);
		return id;
	}

	/**
	 * Whether the server issued this id and it has not expired; records the use.
	 */
	boolean known(String id) {
		if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH) {
			return false;
		}
		String hash = hash(id);
		if (this.recentlyUsed.getIfPresent(hash) != null) {
			return true;
		}
		Instant now = this.clock.instant();
		Instant expired = this.retentionDays > 0 ? now.minus(Duration.ofDays(this.retentionDays)) : Instant.EPOCH;
		boolean known = this.jdbc.sql("update web_session set last_used_at = ? where id_hash = ? and last_used_at >= ?")
			.params(Timestamp.from(now), hash, Timestamp.from(expired))
			.update() == 1;
		if (known) {
			this.recentlyUsed.put(hash, Boolean.TRUE);
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

	/**
	 * How an id is stored: the hexadecimal SHA-256 of its UTF-8 bytes.
	 */
	public static String hash(String id) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
