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
		String longest = "a1".repeat(36);
		assertThatCode(() -> PasswordPolicy.check("clerk", longest)).doesNotThrowAnyException();
		assertThatCode(() -> this.encoder.encode(longest)).doesNotThrowAnyException();
	}

}
