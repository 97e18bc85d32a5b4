package wenzheng.bot;

import java.io.File;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

	/**
	 * Logs in on the console's login page and waits until the console has opened.
	 */
	public static void logIn(WebDriver browser, String baseUrl, String username, String password) {
		browser.get(baseUrl + "/console/login.html");
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(password);
		browser.findElement(By.cssSelector("#login button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/console/login.html")));
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
