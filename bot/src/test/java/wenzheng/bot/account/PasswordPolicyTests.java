package wenzheng.bot.account;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void aPasswordTheEncoderCannotTakeIsRejectedWithAClearMessage() {
		String tooLong = "a1".repeat(37);
		assertThatThrownBy(() -> PasswordPolicy.check("clerk", tooLong)).isInstanceOf(AccountRejected.class)
			.hasMessageContaining("72个字节");
		String chinese = "密码" + "安全口令".repeat(6) + "12";
		assertThatThrownBy(() -> PasswordPolicy.check("clerk", chinese)).isInstanceOf(AccountRejected.class);
	}

	@Test
	void everyPasswordThePolicyAcceptsCanBeEncoded() {
		String longest = "Kq7mZ4rW9xLp2vTc8nB3sHd6gJf1yRe5uA0oIw7eQz4tXy9mVb2nCk6pLs3dFg8hJk1aZx4W";
		assertThatCode(() -> PasswordPolicy.check("clerk", longest)).doesNotThrowAnyException();
		assertThatCode(() -> this.encoder.encode(longest)).doesNotThrowAnyException();
	}

	@Test
	void commonAndMostlyBlankPasswordsAreRefused() {
		for (String guessable : new String[] { "password12", "qwerty1234", "abc1234567" }) {
			assertThatThrownBy(() -> PasswordPolicy.check("clerk", guessable)).as(guessable)
				.isInstanceOf(AccountRejected.class)
				.hasMessageContaining("容易被猜到");
		}
		assertThatThrownBy(() -> PasswordPolicy.check("clerk", "          a1")).isInstanceOf(AccountRejected.class)
			.hasMessageContaining("空格");
		assertThatCode(() -> PasswordPolicy.check("clerk", "Hotline-desk-2026")).doesNotThrowAnyException();
	}

}
