package wenzheng.bot.account;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Whether an account may still act. Read from the database, so that disabling an account
 * on one instance ends its console sessions on every instance; kept for a moment per
 * account, as every console request asks.
 */
@Component
public class ActiveAccounts {

	/** How long another instance may still let a disabled account's session act. */
	private static final Duration KEPT = Duration.ofSeconds(2);

	private final StaffUserRepository users;

	private final Cache<String, Boolean> active = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(KEPT)
		.build();

	ActiveAccounts(StaffUserRepository users) {
		this.users = users;
	}

	public boolean isActive(String username) {
		return this.active.get(username,
				name -> this.users.find(name).map(stored -> stored.user().enabled()).orElse(false));
	}

	/**
	 * Forgets what was read of an account: it changed on this instance.
	 */
	void changed(String username) {
		this.active.invalidate(username);
	}

}
