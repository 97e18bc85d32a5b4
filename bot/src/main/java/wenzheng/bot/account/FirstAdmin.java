package wenzheng.bot.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator at the first start, from
 * {@code wenzheng.admin.username} and {@code wenzheng.admin.password} (e.g. the
 * environment variable WENZHENG_ADMIN_PASSWORD). There is no default password: without
 * one, no account is created and the log says how to create it.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final StaffAccounts accounts;

	private final AdminProperties properties;

	FirstAdmin(StaffAccounts accounts, AdminProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.accounts.none()) {
			return;
		}
		if (this.properties.password() == null || this.properties.password().isBlank()) {
			log.warn("No staff account exists. Set WENZHENG_ADMIN_PASSWORD (and optionally WENZHENG_ADMIN_USERNAME, "
					+ "default admin) and restart to create the first administrator.");
			return;
		}
		try {
			this.accounts.create(new StaffUser(this.properties.username(), "管理员", StaffRole.ADMIN, null, true),
					this.properties.password());
			log.info("Created the first administrator '{}'", this.properties.username());
		}
		catch (AccountRejected ex) {
			// The app serves citizens anyway; the log says what to change.
			log.error("The first administrator was not created: {} Set WENZHENG_ADMIN_PASSWORD to a password of 10 or "
					+ "more characters (at most 72 bytes) with letters and digits, not containing the user name, and restart.",
					ex.getMessage());
		}
	}

	/**
	 * The first administrator ({@code wenzheng.admin.*}).
	 *
	 * @param username the login name
	 * @param password the password; none by default
	 */
	@ConfigurationProperties("wenzheng.admin")
	record AdminProperties(String username, String password) {

		AdminProperties {
			username = username == null || username.isBlank() ? "admin" : username;
		}

	}

}
