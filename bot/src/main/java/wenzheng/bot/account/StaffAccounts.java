package wenzheng.bot.account;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and looks up staff accounts; passwords are stored only as hashes and must meet
 * the {@link PasswordPolicy}.
 */
@Service
public class StaffAccounts implements UserDetailsService {

	private static final String USERNAME = "[A-Za-z0-9_.-]{3,50}";

	private final StaffUserRepository users;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final LoginAttempts loginAttempts;

	private final ActiveAccounts active;

	StaffAccounts(StaffUserRepository users, PasswordEncoder passwords, LoginAttempts loginAttempts,
			ActiveAccounts active, Clock clock) {
		this.loginAttempts = loginAttempts;
		this.active = active;
		this.users = users;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Transactional
	public StaffUser create(StaffUser user, String password) {
		if (user.username() == null || !user.username().matches(USERNAME)) {
			throw new AccountRejected("用户名需为3-50位字母、数字或 _ . -");
		}
		if (this.users.exists(user.username())) {
			throw new AccountRejected("用户名已存在：" + user.username());
		}
		PasswordPolicy.check(user.username(), password);
		this.users.insert(user, this.passwords.encode(password), this.clock.instant());
		return user;
	}

	@Transactional
	public void changePassword(String username, String password) {
		PasswordPolicy.check(username, password);
		if (!this.users.setPassword(username, this.passwords.encode(password))) {
			throw new AccountRejected("用户不存在：" + username);
		}
	}

	/**
	 * Changes an account's name, role and department; the role applies from the next
	 * login.
	 */
	@Transactional
	public StaffUser update(String username, String displayName, StaffRole role, String department) {
		if (!this.users.update(username, displayName, role, department)) {
			throw new AccountRejected("用户不存在：" + username);
		}
		return get(username);
	}

	@Transactional
	public void setEnabled(String username, boolean enabled) {
		if (!this.users.setEnabled(username, enabled)) {
			throw new AccountRejected("用户不存在：" + username);
		}
		this.active.changed(username);
	}

	public boolean none() {
		return this.users.count() == 0;
	}

	public List<StaffUser> all() {
		return this.users.findAll();
	}

	public StaffUser get(String username) {
		return this.users.find(username)
			.map(StaffUserRepository.Stored::user)
			.orElseThrow(() -> new AccountRejected("用户不存在：" + username));
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		StaffUserRepository.Stored stored = this.users.find(username)
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(username)
			.password(stored.passwordHash())
			.roles(stored.user().role().name())
			.disabled(!stored.user().enabled())
			.accountLocked(this.loginAttempts.lockedOut(username))
			.build();
	}

}
