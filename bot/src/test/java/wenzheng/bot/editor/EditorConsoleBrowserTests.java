package wenzheng.bot.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
import static wenzheng.bot.TestDocuments.docx;

/**
 * In headless Chromium: an editor logs in, uploads a Word document as a draft, publishes
 * it, and a citizen asks about it in the web chat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorConsoleBrowserTests {

	private static final String PASSWORD = "Chromium-Pass-2026";

	@TempDir
	static Path dataDir;

	@TempDir
	Path files;

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
		this.accounts.create(new StaffUser("songyuan", "浏览器编辑", StaffRole.EDITOR, null, true), PASSWORD);
		this.browser = HeadlessChromium.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anUploadedDraftAnswersInTheWebChatOncePublished() throws Exception {
		Path document = this.files.resolve("松原镇服务要点.docx");
		Files.write(document, docx("松原镇2025年便民服务工作要点", "一、服务时间", "（一）松原镇便民服务中心每周三延时服务至晚上7点，由镇党政办负责。"));

		HeadlessChromium.logIn(this.browser, "http://localhost:" + this.port, "songyuan", PASSWORD);
		this.wait.until(ExpectedConditions.urlContains("/console/editor.html"));

		this.browser.findElement(By.id("upload-file")).sendKeys(document.toString());
		assertThat(this.browser.findElement(By.id("upload-draft")).isSelected()).isTrue();
		this.browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-results"), "已导入"));
		WebElement row = this.wait.until(ExpectedConditions
			.presenceOfElementLocated(By.xpath("//tbody[@id='document-rows']/tr[td[1][text()='松原镇2025年便民服务工作要点']]")));
		assertThat(row.findElement(By.xpath("td[4]")).getText()).isEqualTo("草稿");
		this.wait
			.until(ExpectedConditions.textToBePresentInElement(row.findElement(By.xpath("td[5]")), "发布后将通知 0 位订阅市民"));

		row.findElement(By.xpath(".//button[text()='查看']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-clauses"), "每周三延时服务"));

		String question = "松原镇便民服务中心周三几点下班？";
		assertThat(chat(question)).doesNotContain("晚上7点");

		open("/console/editor.html");
		this.wait
			.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//tbody[@id='document-rows']/tr[td[1][text()='松原镇2025年便民服务工作要点']]//button[text()='发布']")))
			.click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已发布"));

		assertThat(chat(question)).contains("晚上7点").contains("松原镇2025年便民服务工作要点");
	}

	/** Asks in the citizens' web chat and returns the bot's reply as shown. */
	private String chat(String question) {
		open("/");
		this.browser.findElement(By.id("question")).sendKeys(question);
		this.browser.findElement(By.id("send")).click();
		return this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#log .msg.bot:last-child")))
			.getText();
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
