package wenzheng.bot.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records every login in the audit table and locks an account out for {@link #LOCK_OUT}
 * after {@link #MAX_FAILURES} failed logins within that time, so that passwords cannot be
 * guessed. The count lives in the database, so it holds across instances and restarts.
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_OUT = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	/**
	 * Every HTTP Basic request authenticates: the lock-out state is read from the
	 * database at most this often per account on each instance; a failure here reads it
	 * again.
	 */
	private static final Duration CHECK_KEPT = Duration.ofSeconds(5);

	/**
	 * A success resets the count only once it is recorded; recording one per API call
	 * would be a write per request, so a success is recorded at most this often per
	 * account, and always after a failure.
	 */
	private static final Duration SUCCESS_KEPT = Duration.ofMinutes(1);

	/** Accounts tracked in memory; user names are whatever callers send. */
	private static final int TRACKED = 10_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Cache<String, Boolean> lockOuts = Caffeine.newBuilder()
		.maximumSize(TRACKED)
		.expireAfterWrite(CHECK_KEPT)
		.build();

	LoginAttempts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		record(event.getAuthentication(), true);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		record(event.getAuthentication(), false);
		invalidate(event.getAuthentication());
		// The user name stays in the audit table: a mistyped one may be personal data.
		log.warn("Failed staff login from {}", address(event.getAuthentication()));
	}

	/**
	 * Whether the account has failed too often lately: no success since
	 * {@link #MAX_FAILURES} failures within {@link #LOCK_OUT}.
	 */
	boolean lockedOut(String username) {
		return this.lockOuts.get(username, this::countsAsLockedOut);
	}

	private boolean countsAsLockedOut(String username) {
		Timestamp since = Timestamp.from(this.clock.instant().minus(LOCK_OUT));
		Long failures = this.jdbc.sql("""
				select count(*) from login_event
				where username = ? and not succeeded and at > ?
				  and at > coalesce((select max(at) from login_event where username = ? and succeeded), ?)""")
			.params(username, since, username, since)
			.query(Long.class)
			.single();
		return failures >= MAX_FAILURES;
	}

	private void invalidate(Authentication authentication) {
		if (authentication.getName() != null) {
			this.lockOuts.invalidate(authentication.getName());
		}
	}

	private void record(Authentication authentication, boolean succeeded) {
		String username = authentication.getName();
		if (username == null || username.isBlank()) {
			return;
		}
		this.jdbc.sql("insert into login_event (username, succeeded, address, at) values (?, ?, ?, ?)")
			.params(limit(username, 100), succeeded, limit(address(authentication), 100),
					Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	private static String limit(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

}
