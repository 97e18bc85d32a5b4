package wenzheng.bot.account;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first-administrator password that breaks the password rules stops nothing: the app
 * starts, creates no account and says in one line what to change.
 */
@SpringBootTest(properties = "wenzheng.admin.password=Admin-pass-2026")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminIntegrationTests {

	@TempDir
	static Path dataDir;

	@Autowired
	private StaffAccounts accounts;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@Test
	void aPasswordAgainstTheRulesIsReportedAndTheAppRuns(CapturedOutput output) {
		assertThat(this.accounts.none()).isTrue();
		assertThat(output.getOut()).contains("The first administrator was not created: 密码不能包含用户名")
			.doesNotContain("Admin-pass-2026");
	}

}
