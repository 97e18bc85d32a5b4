package wenzheng.bot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.bot.account.StaffAccounts;
import wenzheng.bot.account.StaffRole;
import wenzheng.bot.account.StaffUser;
import wenzheng.bot.hotline.NewTicket;
import wenzheng.bot.hotline.PublicAnswers;
import wenzheng.bot.hotline.TicketQueue;
import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.bot.suggestion.HotQuestions;
import wenzheng.bot.web.WebChatClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium on a phone-sized window: 长辈模式 enlarges the chat and the public
 * answers page and is remembered, a reload keeps the conversation, a stored session the
 * server does not know is dropped, the chat helps to ask (热门问题, suggestions, feedback
 * with 转人工), a question an editor pins leads the 热门问题 until unpinned, and axe-core finds
 * no serious or critical violation on the chat and the public answers page (both modes),
 * the hotline console and the editor page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTests {

	private static final String PASSWORD = "Axe-core-pass-2026";

	private static final String QUESTION = "洮北区行政处罚信息多久要公开？";

	private static final String PUBLIC_QUESTION = "小区门口的路灯坏了一个星期，找哪个部门修？";

	private static final String PUBLIC_REPLY = "已转街道办事处，路灯将在三个工作日内修好。";

	private static final String ASKED = "政府信息公开申请多久答复？";

	private static final String PINNED = "医保卡丢了怎么补办？";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	private int port;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private HotQuestions hotQuestions;

	@Autowired
	private TicketQueue tickets;

	@Autowired
	private PublicAnswers publicAnswers;

	@Autowired
	private TestRestTemplate http;

	private WebDriver browser;

	private WebDriverWait wait;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void start() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		this.browser = HeadlessChromium.start();
		this.browser.manage().window().setSize(new Dimension(390, 844));
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void elderModeEnlargesTheChatAndAReloadKeepsTheConversation() throws IOException {
		this.browser.get(url("/"));
		WebElement toggle = this.browser.findElement(By.id("elder-toggle"));
		assertThat(pixels("body", "font-size")).isLessThan(20);
		toggle.click();
		assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
		double font = pixels("body", "font-size");
		assertThat(font).isGreaterThanOrEqualTo(20);
		assertThat(pixels("body", "line-height")).isGreaterThanOrEqualTo(1.5 * font);

		askAndWait(QUESTION);
		for (WebElement button : this.browser.findElements(By.cssSelector("button"))) {
			if (button.isDisplayed()) {
				assertThat(button.getSize().getHeight()).as(button.getText()).isGreaterThanOrEqualTo(44);
				assertThat(button.getSize().getWidth()).as(button.getText()).isGreaterThanOrEqualTo(44);
			}
		}
		screenshot("chat-elder.png");

		this.browser.navigate().refresh();
		this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".msg.bot .sources"), 0));
		assertThat(this.browser.findElement(By.id("log")).getText()).contains(QUESTION).contains("7个工作日");
		assertThat(this.browser.findElement(By.id("elder-toggle")).getAttribute("aria-pressed")).isEqualTo("true");
		assertThat(pixels("body", "font-size")).isGreaterThanOrEqualTo(20);
		assertThat(this.browser.findElement(By.id("log")).getAttribute("aria-live")).isEqualTo("polite");
	}

	@Test
	void readAloudAppearsOnlyWithAMandarinVoiceAndReadsTheAnswer() {
		// Headless Chromium has no voices: the page gets a stand-in speech synthesis
		// whose
		// voices the test chooses and which records what it was asked to say.
		((HasCdp) this.browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				(function () {
				  var synth = new EventTarget();
				  synth.getVoices = function () {
				    return JSON.parse(localStorage.getItem('test.voices') || '[]')
				      .map(function (lang) { return { lang: lang, name: lang }; });
				  };
				  synth.cancel = function () {};
				  synth.speak = function (u) {
				    window.spoken = { text: u.text, lang: u.lang, voice: u.voice && u.voice.lang };
				  };
				  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
				  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
				})();"""));
		JavascriptExecutor script = (JavascriptExecutor) this.browser;
		this.browser.get(url("/"));
		script.executeScript("localStorage.setItem('test.voices', JSON.stringify(['zh-HK', 'yue-HK', 'en-US']))");
		this.browser.navigate().refresh();
		askAndWait(QUESTION);
		assertThat(this.browser.findElements(By.cssSelector(".read-aloud"))).as("a Cantonese voice does not count")
			.isNotEmpty()
			.allSatisfy(button -> assertThat(button.isDisplayed()).isFalse());

		script.executeScript("localStorage.setItem('test.voices', JSON.stringify(['zh-HK', 'zh-TW', 'zh-CN']));"
				+ "speechSynthesis.dispatchEvent(new Event('voiceschanged'))");
		WebElement readAloud = this.browser.findElements(By.cssSelector(".msg.bot .read-aloud")).getLast();
		this.wait.until(ExpectedConditions.visibilityOf(readAloud));
		readAloud.click();
		Map<?, ?> spoken = (Map<?, ?>) script.executeScript("return window.spoken");
		assertThat(spoken.get("voice")).as("the mainland voice first").isEqualTo("zh-CN");
		assertThat(spoken.get("lang")).isEqualTo("zh-CN");
		assertThat((String) spoken.get("text")).contains("7个工作日");
	}

	@Test
	void aStoredSessionTheServerDoesNotKnowIsForgottenAndTheNextQuestionStartsOne() {
		this.browser.get(url("/"));
		JavascriptExecutor script = (JavascriptExecutor) this.browser;
		script.executeScript("sessionStorage.setItem('wenzheng.session', 'chosen-or-expired')");
		this.browser.navigate().refresh();
		this.wait.until(driver -> ((JavascriptExecutor) driver)
			.executeScript("return sessionStorage.getItem('wenzheng.session')") == null);
		askAndWait(QUESTION);
		assertThat((String) script.executeScript("return sessionStorage.getItem('wenzheng.session')"))
			.isNotEqualTo("chosen-or-expired")
			.hasSize(32);
	}

	@Test
	void theChatHelpsToAskAndTakesFeedback() throws IOException {
		if (this.hotQuestions.pins().isEmpty()) {
			this.hotQuestions.pin(ASKED, "editor");
		}
		this.browser.get(url("/"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hot-question")));
		screenshot("chat-standard-empty.png");

		WebElement input = this.browser.findElement(By.id("question"));
		input.sendKeys("处罚");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions [role=option]")));
		assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
		input.sendKeys(Keys.ARROW_DOWN);
		assertThat(input.getAttribute("aria-activedescendant")).isEqualTo("suggestion-0");
		input.sendKeys(Keys.ESCAPE);
		input.clear();

		askAndWait(QUESTION);
		WebElement answer = this.browser.findElements(By.cssSelector(".msg.bot")).getLast();
		answer.findElement(By.xpath(".//button[text()='没帮助']")).click();
		WebElement comment = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".unhelpful textarea")));
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(comment);
		assertThat(this.browser.findElement(By.cssSelector(".unhelpful .human")).isDisplayed()).isTrue();
		screenshot("chat-standard.png");
		assertReadAloudHidden();
		assertNoSeriousViolations("chat, standard mode");
		this.browser.findElement(By.id("elder-toggle")).click();
		assertNoSeriousViolations("chat, 长辈模式");
	}

	@Test
	void thePublicAnswersPageShowsAPublishedAnswerWithTheElderModeAndNoSeriousViolation() {
		String number = this.tickets.open(new NewTicket(PUBLIC_QUESTION, "public-page", "web", "无障碍检查", List.of()));
		this.tickets.reply(number, "agent", PUBLIC_REPLY);
		this.publicAnswers.publish(number, "agent");

		this.browser.get(url("/public/"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answers"), PUBLIC_REPLY));
		assertThat(this.browser.findElement(By.id("answers")).getText()).contains(PUBLIC_QUESTION);
		assertThat(pixels("body", "font-size")).isLessThan(20);
		assertReadAloudHidden();
		assertNoSeriousViolations("public answers, standard mode");

		WebElement toggle = this.browser.findElement(By.id("elder-toggle"));
		toggle.click();
		assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
		double font = pixels("body", "font-size");
		assertThat(font).isGreaterThanOrEqualTo(20);
		assertThat(pixels("body", "line-height")).isGreaterThanOrEqualTo(1.5 * font);
		assertReadAloudHidden();
		assertNoSeriousViolations("public answers, 长辈模式");
	}

	@Test
	void aQuestionAnEditorPinsLeadsTheHotQuestionsUntilUnpinned() {
		// No other pin, and a question two citizens asked, so that the pin has something
		// to lead.
		this.hotQuestions.pins().forEach(pin -> this.hotQuestions.unpin(pin.id()));
		WebChatClient chat = new WebChatClient(this.http);
		for (String citizen : List.of("hot-a", "hot-b")) {
			assertThat(chat.ask(ASKED, citizen).get("type")).isEqualTo("ANSWER");
		}
		logIn("pinner", StaffRole.EDITOR);
		this.browser.get(url("/console/editor.html"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hot-form input[name=question]")))
			.sendKeys(PINNED);
		this.browser.findElement(By.cssSelector("#hot-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hot-pins"), PINNED));

		this.browser.get(url("/"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hot-question")));
		assertThat(this.browser.findElements(By.cssSelector("#hot-list .hot-question"))).extracting(WebElement::getText)
			.startsWith(PINNED)
			.contains(ASKED);

		this.browser.get(url("/console/editor.html"));
		this.wait
			.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//ul[@id='hot-pins']/li[starts-with(., '" + PINNED + "')]/button[text()='取消置顶']")))
			.click();
		this.wait.until(
				ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("hot-pins"), PINNED)));
		List<Map<String, String>> hot = this.http.getForObject("/api/hot-questions", List.class);
		assertThat(hot).extracting(item -> item.get("question")).contains(ASKED).doesNotContain(PINNED);
	}

	@Test
	void theConsoleAndTheEditorPageHaveNoSeriousViolation() {
		logIn("inspector", StaffRole.ADMIN);
		this.browser.get(url("/console/"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tickets")));
		assertNoSeriousViolations("hotline console");
		this.browser.get(url("/console/editor.html"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hot-pins")));
		assertNoSeriousViolations("editor page");
	}

	private void askAndWait(String question) {
		int before = this.browser.findElements(By.cssSelector(".msg.bot")).size();
		WebElement input = this.browser.findElement(By.id("question"));
		input.sendKeys(question);
		input.sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".msg.bot"), before));
	}

	/**
	 * Logs in with a wide window, creating the account the first time.
	 */
	private void logIn(String username, StaffRole role) {
		if (this.accounts.all().stream().noneMatch(user -> user.username().equals(username))) {
			this.accounts.create(new StaffUser(username, "无障碍检查", role, null, true), PASSWORD);
		}
		this.browser.manage().window().setSize(new Dimension(1280, 1000));
		HeadlessChromium.logIn(this.browser, url(""), username, PASSWORD);
	}

	private void assertReadAloudHidden() {
		assertThat(this.browser.findElements(By.cssSelector(".read-aloud")))
			.as("headless Chromium has no Chinese voice, so 朗读 stays hidden")
			.isNotEmpty()
			.allSatisfy(button -> assertThat(button.isDisplayed()).isFalse());
	}

	private void assertNoSeriousViolations(String page) {
		List<Rule> violations = new AxeBuilder().analyze(this.browser)
			.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(violations)
			.as(page + ": "
					+ violations.stream()
						.map(rule -> rule.getId() + " "
								+ rule.getNodes().stream().map(node -> node.getTarget().toString()).toList())
						.collect(Collectors.joining("; ")))
			.isEmpty();
	}

	private double pixels(String selector, String property) {
		String value = (String) ((JavascriptExecutor) this.browser).executeScript(
				"return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];", selector, property);
		return Double.parseDouble(value.replace("px", ""));
	}

	/**
	 * Keeps a picture of the page in {@code target/screenshots} for the README.
	 */
	private void screenshot(String name) throws IOException {
		Path file = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath();
		Path folder = Files.createDirectories(Path.of("target", "screenshots"));
		Files.copy(file, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
