package wenzheng.bot;

import java.io.File;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * Headless Chromium and ChromeDriver from Debian's {@code chromium} and
 * {@code chromium-driver} packages; nothing is downloaded. Without them a test is skipped
 * on a laptop and fails in CI, where {@code .ci/run} installs them.
 */
public final class HeadlessChromium {

	private static final File BROWSER = new File("/usr/bin/chromium");

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	public static ChromeDriver start() {
		if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
			String message = "Browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)";
			if ("true".equals(System.getenv("CI"))) {
				fail(message);
			}
			Assumptions.abort(message);
		}
		ChromeOptions options = new ChromeOptions().setBinary(BROWSER)
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=1280,1600", "--lang=zh-CN");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return driver;
	}

}
