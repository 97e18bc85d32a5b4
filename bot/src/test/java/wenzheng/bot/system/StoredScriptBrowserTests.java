package wenzheng.bot.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
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
import wenzheng.bot.conversation.ConversationService;
import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.editor.DocumentLifeCycle;
import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.knowledge.importer.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium: script and HTML stored in a ticket (from a citizen) and in a
 * document (from an upload) are shown to staff as text and never run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredScriptBrowserTests {

	private static final String PASSWORD = "Console-Pass-2026";

	private static final String PAYLOAD = "<img src=x onerror=\"window.hacked=1\"><script>window.hacked=2</script>";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	private int port;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private ConversationService conversation;

	@Autowired
	private DocumentLifeCycle documents;

	private WebDriver browser;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void start() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		this.accounts.create(new StaffUser("lead", "值班长", StaffRole.ADMIN, null, true), PASSWORD);
		this.browser = HeadlessChromium.start();
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void storedScriptIsShownAsTextInTheConsoles() {
		this.conversation.reply(new Inquiry(PAYLOAD + "楼道的灯坏了", "xss-session", Inquiry.WEB));
		this.conversation.handOver("xss-session", Inquiry.WEB);
		this.documents.upload(
				List.of(new SourceDocument("upload/xss", "xss.txt",
						(PAYLOAD + "恶意通知\n\n一、总体要求\n（一）各单位按时公开信息。" + PAYLOAD).getBytes(StandardCharsets.UTF_8))),
				"lead");

		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		HeadlessChromium.logIn(this.browser, "http://localhost:" + this.port, "lead", PASSWORD);
		wait.until(ExpectedConditions.urlMatches(".*/console/(index.html)?$"));

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tickets"), "<img src=x"));
		this.browser.findElement(By.xpath("//tbody[@id='tickets']/tr[1]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("d-question"), PAYLOAD));
		assertThat(this.browser.findElements(By.cssSelector("#detail img, #detail script, #tickets img"))).isEmpty();
		assertNothingRan();

		this.browser.get("http://localhost:" + this.port + "/console/editor.html");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("document-rows"), "<img"));
		assertThat(this.browser.findElements(By.cssSelector("#document-rows img, #document-rows script"))).isEmpty();
		assertNothingRan();
	}

	private void assertNothingRan() {
		assertThat(((JavascriptExecutor) this.browser).executeScript("return window.hacked === undefined"))
			.isEqualTo(true);
	}

}
