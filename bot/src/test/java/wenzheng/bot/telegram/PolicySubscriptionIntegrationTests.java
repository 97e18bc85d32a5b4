package wenzheng.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.bot.editor.DocumentLifeCycle;
import wenzheng.bot.editor.KnowledgeEditing;
import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.bot.subscription.PolicyNotices;
import wenzheng.bot.subscription.Subscriptions;
import wenzheng.knowledge.document.Validity;
import wenzheng.knowledge.faq.FaqEntry;
import wenzheng.knowledge.faq.FaqStatus;
import wenzheng.knowledge.importer.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 政策找人 end to end through the in-test Bot API server: chats subscribe with /subscribe
 * (place button, then the topic), an editor publishes, and exactly the matching chats get
 * one notice each through the outbox; a retirement notifies nobody, a chat gets at most
 * three notices a day, and a chat that blocked the bot (403) loses its subscriptions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PolicySubscriptionIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String NOTICE = "【政策找人】";

	private static final String DOCUMENT = """
			洮北区2026年养老服务补贴工作方案

			一、补贴对象
			（一）具有本区户籍、年满80周岁的老年人，按月发放高龄养老服务补贴。
			二、补贴标准
			（二）每人每月100元，由区民政局负责审核发放。
			""";

	@TempDir
	static Path dataDir;

	static FakeBotApi telegram;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private DocumentLifeCycle documents;

	@Autowired
	private KnowledgeEditing editing;

	@Autowired
	private PolicyNotices notices;

	@Autowired
	private Subscriptions subscriptions;

	@BeforeAll
	static void startTelegram() throws Exception {
		telegram = new FakeBotApi();
	}

	@AfterAll
	static void stopTelegram() {
		telegram.close();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
		registry.add("wenzheng.telegram.token", () -> FakeBotApi.TOKEN);
		registry.add("wenzheng.telegram.api-url", () -> telegram.url());
		registry.add("wenzheng.telegram.poll-timeout", () -> "1s");
		registry.add("wenzheng.telegram.messages-per-second", () -> "1000");
		registry.add("wenzheng.telegram.chat-interval", () -> "50ms");
		registry.add("wenzheng.telegram.retry-backoff", () -> "100ms");
		registry.add("wenzheng.telegram.max-attempts", () -> "3");
	}

	@BeforeEach
	void loaded() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
	}

	@Test
	void aPublicationReachesEachMatchingChatOnceAndARetirementNobody() throws Exception {
		assertThat(this.subscriptions.places()).contains("洮北区", "四平市", "不限地区");
		subscribe(101, "洮北区", "养老补贴");
		subscribe(101, "洮北区", "高龄老人");
		subscribe(102, "洮北区", "公积金");
		subscribe(103, "不限地区", "养老服务");
		subscribe(104, "四平市", "养老服务");

		this.documents.uploadDrafts(List
			.of(new SourceDocument("upload/tb-yanglao", "tb-yanglao.txt", DOCUMENT.getBytes(StandardCharsets.UTF_8))),
				"editor");
		assertThat(this.notices.reachOfDocument("upload/tb-yanglao")).as("what the editor sees before publishing")
			.isEqualTo(2);
		assertThat(noticesTo(101)).isZero();

		this.documents.publish("upload/tb-yanglao", "editor");
		telegram.awaitSent(sent -> notices(sent, 101) == 1 && notices(sent, 103) == 1, WAIT);
		String notice = telegram.sentTo(101)
			.stream()
			.filter(sent -> sent.text().contains(NOTICE))
			.findFirst()
			.orElseThrow()
			.text();
		assertThat(notice).contains("洮北区2026年养老服务补贴工作方案").contains("80周岁").contains("/unsubscribe");

		this.documents.retire("upload/tb-yanglao", Validity.EXPIRED, LocalDate.of(2026, 12, 31), null, "editor");
		Thread.sleep(1500);
		assertThat(noticesTo(101)).isOne();
		assertThat(noticesTo(103)).isOne();
		assertThat(noticesTo(102)).as("another topic").isZero();
		assertThat(noticesTo(104)).as("another place").isZero();
	}

	@Test
	void aChatGetsAtMostThreeNoticesADay() throws Exception {
		subscribe(201, "不限地区", "取暖补贴");
		for (int i = 1; i <= 4; i++) {
			FaqEntry entry = this.editing.createFaq(new FaqEntry(0, "第" + i + "批取暖补贴什么时候发？", List.of(),
					"第" + i + "批取暖补贴于12月底前发放到户。", null, FaqStatus.DRAFT));
			assertThat(this.notices.reachOfFaq(entry)).isOne();
			this.editing.setFaqStatus(entry.id(), FaqStatus.PUBLISHED);
		}
		telegram.awaitSent(sent -> notices(sent, 201) == 3, WAIT);
		Thread.sleep(1500);
		assertThat(noticesTo(201)).isEqualTo(3);
	}

	@Test
	void aChatThatBlockedTheBotLosesItsSubscriptions() throws Exception {
		subscribe(301, "洮北区", "政务公开");
		assertThat(this.subscriptions.of(301)).hasSize(1);
		telegram.failNext(301, FakeBotApi.Failure.blocked());
		telegram.message(301, "/subscriptions");
		await().atMost(WAIT).until(() -> this.subscriptions.of(301).isEmpty());
	}

	@Test
	void citizensListAndCancelTheirSubscriptions() throws Exception {
		subscribe(401, "洮北区", "政务公开");
		subscribe(401, "四平市", "信息公开");
		telegram.message(401, "/subscriptions");
		telegram.awaitSent(sent -> sent.stream()
			.anyMatch(message -> message.chatId() == 401 && message.text().contains("1. 洮北区 · 政务公开")
					&& message.text().contains("2. 四平市 · 信息公开")),
				WAIT);
		telegram.message(401, "/unsubscribe");
		FakeBotApi.Sent offer = telegram
			.awaitSent(sent -> sent.stream()
				.anyMatch(message -> message.chatId() == 401 && message.text().contains("请选择要取消的订阅")), WAIT)
			.stream()
			.filter(message -> message.chatId() == 401 && message.text().contains("请选择要取消的订阅"))
			.findFirst()
			.orElseThrow();
		assertThat(offer.buttons()).hasSize(3).contains("us:all");
		telegram.buttonPress(401, offer.buttons().get(0));
		await().atMost(WAIT).until(() -> this.subscriptions.of(401).size() == 1);
		telegram.buttonPress(401, "us:all");
		await().atMost(WAIT).until(() -> this.subscriptions.of(401).isEmpty());
	}

	@Test
	void aTopicNeedsAPlaceFirstAndCanBeCancelled() throws Exception {
		telegram.message(501, "/subscribe");
		telegram.awaitSent(sent -> sentTo(sent, 501) == 1, WAIT);
		telegram.buttonPress(501, CallbackData.subscribePlace("洮北区"));
		telegram.awaitSent(sent -> sentTo(sent, 501) == 2, WAIT);
		telegram.message(501, "/cancel");
		telegram.awaitSent(sent -> sentTo(sent, 501) == 3, WAIT);
		telegram.message(501, "洮北区行政处罚信息多久要公开？");
		telegram.awaitSent(
				sent -> sent.stream().anyMatch(message -> message.chatId() == 501 && message.text().contains("7个工作日")),
				WAIT);
		assertThat(this.subscriptions.of(501)).isEmpty();
		telegram.buttonPress(501, CallbackData.subscribePlace("火星"));
		Thread.sleep(500);
		assertThat(this.subscriptions.pendingPlace(501)).isEmpty();
	}

	private void subscribe(long chat, String place, String topic) throws InterruptedException {
		int before = telegram.sentTo(chat).size();
		telegram.message(chat, "/subscribe");
		telegram.awaitSent(sent -> sentTo(sent, chat) > before, WAIT);
		telegram.buttonPress(chat, CallbackData.subscribePlace(place));
		telegram.awaitSent(sent -> sentTo(sent, chat) > before + 1, WAIT);
		telegram.message(chat, topic);
		telegram.awaitSent(sent -> sent.stream()
			.anyMatch(message -> message.chatId() == chat && message.text().contains("已订阅：" + place + " · " + topic)),
				WAIT);
	}

	private static long sentTo(List<FakeBotApi.Sent> sent, long chat) {
		return sent.stream().filter(message -> message.chatId() == chat).count();
	}

	private static long notices(List<FakeBotApi.Sent> sent, long chat) {
		return sent.stream().filter(message -> message.chatId() == chat && message.text().contains(NOTICE)).count();
	}

	private static long noticesTo(long chat) {
		return notices(telegram.sent(), chat);
	}

}
