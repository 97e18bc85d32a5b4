package wenzheng.bot.hotline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.bot.HeadlessChromium;
import wenzheng.bot.account.StaffAccounts;
import wenzheng.bot.account.StaffRole;
import wenzheng.bot.account.StaffUser;
import wenzheng.bot.knowledgebase.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium: two citizens report the same broken street lamp in the web chat,
 * a supervisor finds the repeat in the console and merges it (并单), replies once, and both
 * citizens' chat pages show that reply, each without the other's words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HotlineConsoleBrowserTests {

	private static final String PASSWORD = "Chromium-Lead-2026";

	private static final Pattern TICKET = Pattern.compile("RX-\\d{8}-\\d+");

	private static final String FIRST = "我要反映：幸福小区的路灯坏了好几天了，晚上很黑，我是赵一";

	private static final String SECOND = "我要反映：幸福小区路灯坏了，晚上太黑了，我是钱二";

	private static final String REPLY = "已安排城管维修路灯，三日内修复。";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	private int port;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private KnowledgeBase knowledgeBase;

	private WebDriver browser;

	private WebDriverWait wait;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void start() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		this.accounts.create(new StaffUser("zhiban", "值班长", StaffRole.SUPERVISOR, null, true), PASSWORD);
		this.browser = HeadlessChromium.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(40));
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aSupervisorMergesTwoTicketsAndBothCitizensSeeTheOneReply() {
		String firstTab = this.browser.getWindowHandle();
		String main = ask(FIRST);
		this.browser.switchTo().newWindow(WindowType.TAB);
		String secondTab = this.browser.getWindowHandle();
		String follower = ask(SECOND);

		this.browser.switchTo().newWindow(WindowType.TAB);
		String consoleTab = this.browser.getWindowHandle();
		HeadlessChromium.logIn(this.browser, "http://localhost:" + this.port, "zhiban", PASSWORD);
		this.wait
			.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//tbody[@id='tickets']/tr[td[1][text()='" + main + "']]")))
			.click();
		this.wait.until(ExpectedConditions.textToBe(By.id("d-number"), main));
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("d-find-similar"))).click();
		this.wait
			.until(ExpectedConditions
				.elementToBeClickable(By.cssSelector("#d-similar input[value='" + follower + "']")))
			.click();
		this.browser.findElement(By.cssSelector("button[data-action='merge']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("d-followers"), follower));
		this.browser.findElement(By.id("d-text")).sendKeys(REPLY);
		this.browser.findElement(By.cssSelector("button[data-action='reply']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("d-reply"), REPLY));

		this.browser.switchTo().window(firstTab);
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), REPLY));
		this.browser.switchTo().window(secondTab);
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), REPLY));
		String secondPage = this.browser.findElement(By.id("log")).getText();
		assertThat(secondPage).contains(follower).contains("钱二").doesNotContain("赵一").doesNotContain("晚上很黑");
		assertThat(this.browser.findElements(By.cssSelector("#log button[data-level]"))).hasSize(5);

		// The second citizen is not satisfied: their ticket is back in the queue, with a
		// callback due, and the console shows the rating.
		this.browser.findElement(By.cssSelector("#log button[data-level='2']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "回访"));
		this.browser.switchTo().window(consoleTab);
		this.browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
		this.wait
			.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//tbody[@id='tickets']/tr[td[1][text()='" + follower + "']]")))
			.click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("d-ratings"), "不满意"));
		assertThat(this.browser.findElement(By.id("d-meta")).getText()).contains("回访期限");
	}

	/**
	 * Asks in the web chat of the current tab and returns the ticket number it was given.
	 */
	private String ask(String question) {
		this.browser.get("http://localhost:" + this.port + "/");
		this.browser.findElement(By.id("question")).sendKeys(question);
		this.browser.findElement(By.id("send")).click();
		String reply = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#log .msg.bot.escalated:last-child")))
			.getText();
		Matcher number = TICKET.matcher(reply);
		assertThat(number.find()).as(reply).isTrue();
		return number.group();
	}

}
