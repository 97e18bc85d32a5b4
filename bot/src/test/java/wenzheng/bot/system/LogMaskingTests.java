package wenzheng.bot.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the app's logging settings, mobile and ID numbers never reach the log in full,
 * neither in messages nor in stack traces.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTests {

	@Configuration(proxyBeanMethods = false)
	static class Nothing {

	}

	@Test
	void phoneAndIdNumbersAreMaskedInMessagesAndStackTraces(CapturedOutput output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Nothing.class)
			.web(WebApplicationType.NONE)
			.run("--spring.main.banner-mode=off")) {
			Logger log = LoggerFactory.getLogger(LogMaskingTests.class);
			log.warn("citizen wrote 我的电话13912345678，身份证号22010219800101123X，订单20240101");
			log.error("insert failed", new IllegalStateException("Value too long: '请回电 15800001111'"));
		}
		assertThat(output.getOut()).contains("citizen wrote")
			.contains("139********5678")
			.contains("220102********123X")
			.contains("订单20240101")
			.contains("IllegalStateException")
			.contains("158********1111")
			.doesNotContain("13912345678")
			.doesNotContain("22010219800101123X")
			.doesNotContain("15800001111");
	}

}
