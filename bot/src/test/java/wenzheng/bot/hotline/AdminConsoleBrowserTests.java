package wenzheng.bot.hotline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
 * In headless Chromium: an administrator keeps accounts, the calendar and the dispatch
 * catalogue (adding, editing and deleting a row) on the admin page, a new ticket goes
 * where the edited row says, and the figures page counts it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminConsoleBrowserTests {

	private static final String PASSWORD = "Chromium-Admin-2026";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	private int port;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private TicketQueue queue;

	private WebDriver browser;

	private WebDriverWait wait;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void start() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		this.accounts.create(new StaffUser("guanli", "管理员", StaffRole.ADMIN, null, true), PASSWORD);
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
	void anAdministratorKeepsAccountsCalendarAndCatalogueAndTheFiguresFollow() {
		HeadlessChromium.logIn(this.browser, "http://localhost:" + this.port, "guanli", PASSWORD);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[href='/console/admin.html']")))
			.click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("days"), "国庆节"));

		WebElement rule = this.browser.findElement(By.id("new-rule"));
		rule.findElement(By.name("keywords")).sendKeys("窨井");
		rule.findElement(By.name("department")).sendKeys("住建局");
		rule.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait
			.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//tbody[@id='rules']/tr[td[1][text()='窨井']]")))
			.findElement(By.xpath(".//button[text()='修改']"))
			.click();
		WebElement department = this.browser.findElement(By.cssSelector("#rules input[aria-label='承办部门']"));
		department.clear();
		this.browser.findElement(By.xpath("//tbody[@id='rules']//button[text()='保存']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "请填写承办部门"));
		WebElement keywords = this.browser.findElement(By.cssSelector("#rules input[aria-label^='关键词']"));
		keywords.clear();
		keywords.sendKeys("井盖、窨井");
		this.browser.findElement(By.cssSelector("#rules input[aria-label^='地点']")).sendKeys("洮北区");
		department.sendKeys("市政公用局");
		this.browser.findElement(By.xpath("//tbody[@id='rules']//button[text()='保存']")).click();
		WebElement edited = this.wait.until(ExpectedConditions
			.presenceOfElementLocated(By.xpath("//tbody[@id='rules']/tr[td[1][text()='井盖、窨井']]")));
		assertThat(catalogue()).singleElement()
			.extracting("keywords", "place", "department")
			.containsExactly(List.of("井盖", "窨井"), "洮北区", "市政公用局");
		String routed = this.queue.open(new NewTicket("洮北区小区门口井盖丢了", "admin-page", "web", "测试", List.of()));
		assertThat(this.queue.get(routed).work().department()).isEqualTo("市政公用局");
		String elsewhere = this.queue.open(new NewTicket("路边井盖丢了", "admin-page", "web", "测试", List.of()));
		assertThat(this.queue.get(elsewhere).work().department()).isNull();
		edited.findElement(By.xpath(".//button[text()='删除']")).click();
		this.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#rules tr"), 0));

		WebElement user = this.browser.findElement(By.id("new-user"));
		user.findElement(By.name("username")).sendKeys("zhangban");
		user.findElement(By.name("displayName")).sendKeys("张值班");
		new Select(user.findElement(By.name("role"))).selectByVisibleText("热线坐席");
		user.findElement(By.name("password")).sendKeys("Zhiban-pass-2026");
		user.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement row = this.wait.until(ExpectedConditions
			.presenceOfElementLocated(By.xpath("//tbody[@id='users']/tr[td[1][text()='zhangban']]")));
		new Select(row.findElement(By.tagName("select"))).selectByVisibleText("值班长");
		row.findElement(By.xpath(".//td[4]/input")).sendKeys("市政公用局");
		row.findElement(By.xpath(".//button[text()='保存']")).click();
		// The message says 已保存 from adding the account already: wait for the change
		// itself.
		this.wait.until(driver -> this.accounts.get("zhangban").role() == StaffRole.SUPERVISOR);
		StaffUser changed = this.accounts.get("zhangban");
		assertThat(List.of(changed.role(), changed.department())).containsExactly(StaffRole.SUPERVISOR, "市政公用局");

		this.browser.get("http://localhost:" + this.port + "/console/figures.html");
		WebElement figures = this.wait.until(ExpectedConditions
			.presenceOfElementLocated(By.xpath("//tbody[@id='figures']/tr[td[1][text()='市政公用局']]")));
		assertThat(figures.findElement(By.xpath("td[2]")).getText()).isEqualTo("1");
		assertThat(this.browser.findElement(By.id("csv")).getAttribute("href"))
			.endsWith("/api/supervisor/figures.csv?days=30");
	}

	/**
	 * The dispatch catalogue as the API lists it, fetched by the logged-in page.
	 */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> catalogue() {
		return (List<Map<String, Object>>) ((JavascriptExecutor) this.browser).executeAsyncScript(
				"fetch('/api/admin/dispatch-catalogue').then(response => response.json()).then(arguments[0])");
	}

}
