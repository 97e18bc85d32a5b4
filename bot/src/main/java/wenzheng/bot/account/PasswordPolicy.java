package wenzheng.bot.account;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * Passwords of staff accounts: at least 10 characters, at most 72 bytes, with letters and
 * digits, not containing the login name, not mostly spaces, and not easy to guess
 * (zxcvbn: common passwords, words, keyboard walks, repeats).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	/**
	 * BCrypt reads at most 72 bytes of a password and Spring Security's encoder refuses
	 * longer ones, so the limit is in UTF-8 bytes (a Chinese character takes three).
	 */
	static final int MAX_BYTES = 72;

	/**
	 * zxcvbn's score (0 to 4) below which a password is refused: under 10^6 guesses, such
	 * as a common password with digits added or a keyboard walk.
	 */
	private static final int MIN_SCORE = 2;

	/** zxcvbn with its bundled lists of common passwords, words and names. */
	private static final Zxcvbn STRENGTH = new Zxcvbn();

	private PasswordPolicy() {
	}

	static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new AccountRejected("密码至少需要" + MIN_LENGTH + "个字符");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new AccountRejected("密码不能超过" + MAX_BYTES + "个字节（英文字母和数字各占1个，汉字各占3个）");
		}
		if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			throw new AccountRejected("密码需同时包含字母和数字");
		}
		if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new AccountRejected("密码不能包含用户名");
		}
		if (password.chars().filter(Character::isWhitespace).count() * 2 >= password.length()) {
			throw new AccountRejected("密码不能大部分是空格");
		}
		if (STRENGTH.measure(password, List.of(username)).getScore() < MIN_SCORE) {
			throw new AccountRejected("这个密码太常见或太有规律（如 password12、qwerty1234），容易被猜到，请换一个");
		}
	}

}
