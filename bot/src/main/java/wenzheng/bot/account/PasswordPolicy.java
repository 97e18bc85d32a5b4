package wenzheng.bot.account;

import java.util.Locale;

/**
 * Passwords of staff accounts: at least 10 characters, with letters and digits, and not
 * containing the login name.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new AccountRejected("密码至少需要" + MIN_LENGTH + "个字符");
		}
		if (password.length() > MAX_LENGTH) {
			throw new AccountRejected("密码不能超过" + MAX_LENGTH + "个字符");
		}
		if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			throw new AccountRejected("密码需同时包含字母和数字");
		}
		if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new AccountRejected("密码不能包含用户名");
		}
	}

}
