package wenzheng.bot.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.bot.hotline.Ticket;
import wenzheng.bot.hotline.TicketEvent;
import wenzheng.bot.hotline.TicketQueue;
import wenzheng.bot.hotline.TicketStatus;
import wenzheng.bot.knowledgebase.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Telegram channel in long polling mode, driven through the real telegrambots client
 * against an in-test Bot API server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TelegramLongPollingIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Pattern TICKET = Pattern.compile("RX-\\d{8}-\\d+");

	private static final String ANSWERABLE = "洮北区行政处罚信息多久要公开？";

	@TempDir
	static Path dataDir;

	static FakeBotApi telegram;

	@Autowired
	private TicketQueue tickets;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private KnowledgeBase knowledgeBase;

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
		registry.add("wenzheng.telegram.chat-interval", () -> "100ms");
		registry.add("wenzheng.telegram.retry-backoff", () -> "100ms");
		registry.add("wenzheng.telegram.max-attempts", () -> "3");
	}

	@Test
	void answersAQuestionWithItsSourceAndTakesFeedback() throws Exception {
		awaitKnowledge();
		telegram.message(2001, ANSWERABLE);
		FakeBotApi.Sent answer = telegram.awaitSent(sent -> sentTo(sent, 2001) >= 1, WAIT)
			.stream()
			.filter(message -> message.chatId() == 2001)
			.findFirst()
			.orElseThrow();
		assertThat(answer.text()).contains("7个工作日").contains("来源");
		assertThat(answer.parseMode()).isEqualToIgnoringCase("HTML");
		assertThat(answer.buttons()).contains("human").anyMatch(data -> data.startsWith("fb:1:"));

		String notHelpful = answer.buttons()
			.stream()
			.filter(data -> data.startsWith("fb:0:"))
			.findFirst()
			.orElseThrow();
		telegram.buttonPress(2001, notHelpful);
		awaitCall("answerCallbackQuery", call -> call.path("text").asText().contains("感谢反馈"));
		long turn = Long.parseLong(notHelpful.substring(5));
		assertThat(this.jdbc.sql("select count(*) from feedback where turn_id = ? and helpful = false")
			.param(turn)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aClarifyingQuestionOffersThePlacesAndAPressContinues() throws Exception {
		awaitKnowledge();
		telegram.message(2010, "政府开放日一年办几次？");
		FakeBotApi.Sent question = telegram.awaitSent(sent -> sentTo(sent, 2010) >= 1, WAIT)
			.stream()
			.filter(message -> message.chatId() == 2010)
			.findFirst()
			.orElseThrow();
		assertThat(question.text()).contains("哪个地区");
		String place = question.buttons().stream().filter(data -> data.startsWith("opt:")).findFirst().orElseThrow();
		assertThat(question.buttons()).contains("human");

		telegram.buttonPress(2010, place);
		FakeBotApi.Sent answer = telegram.awaitSent(sent -> sentTo(sent, 2010) >= 2, WAIT)
			.stream()
			.filter(message -> message.chatId() == 2010)
			.toList()
			.get(1);
		assertThat(answer.text()).contains("政府开放日").contains(place.substring(4));
		awaitCall("answerCallbackQuery", call -> call.path("callback_query_id").asText().startsWith("cb-"));
	}

	@Test
	void handsTheConversationToTheHotlineAndDeliversTheStaffReply() throws Exception {
		awaitKnowledge();
		telegram.message(2002, ANSWERABLE);
		telegram.awaitSent(sent -> sentTo(sent, 2002) >= 1, WAIT);
		telegram.message(2002, "转人工");
		FakeBotApi.Sent handOver = telegram.awaitSent(sent -> sentTo(sent, 2002) >= 2, WAIT)
			.stream()
			.filter(message -> message.chatId() == 2002)
			.toList()
			.get(1);
		Matcher number = TICKET.matcher(handOver.text());
		assertThat(number.find()).as(handOver.text()).isTrue();
		assertThat(handOver.text()).contains("<b>" + number.group() + "</b>");

		Ticket ticket = this.tickets.get(number.group());
		assertThat(ticket.channel()).isEqualTo("telegram");
		assertThat(ticket.sessionId()).isEqualTo("tg:2002");
		assertThat(ticket.question()).isEqualTo(ANSWERABLE);
		assertThat(ticket.transcript()).contains(ANSWERABLE).contains("7个工作日");

		String reply = "<b>请</b>携带身份证到政务服务大厅办理。" + "详细说明。".repeat(390);
		this.tickets.reply(number.group(), "agent1", reply);
		List<FakeBotApi.Sent> staff = telegram.awaitSent(sent -> sentTo(sent, 2002) >= 3, WAIT)
			.stream()
			.filter(message -> message.chatId() == 2002)
			.skip(2)
			.toList();
		assertThat(staff).allSatisfy(message -> {
			assertThat(message.text()).contains("热线工作人员答复").contains("<blockquote>" + ANSWERABLE + "</blockquote>");
			assertThat(message.text().length()).isLessThanOrEqualTo(4096);
		});
		assertThat(staff.get(0).text()).contains("&lt;b&gt;请&lt;/b&gt;携带身份证").doesNotContain("<b>请</b>");
		awaitHistory(number.group(), TicketEvent.DELIVERED);

		FakeBotApi.Sent last = staff.get(staff.size() - 1);
		assertThat(last.buttons()).containsExactly("rl:5:" + number.group(), "rl:4:" + number.group(),
				"rl:3:" + number.group(), "rl:2:" + number.group(), "rl:1:" + number.group());
		telegram.buttonPress(2002, "rl:1:" + number.group());
		awaitHistory(number.group(), TicketEvent.REOPENED);
		awaitStatus(number.group(), TicketStatus.NEW);
		telegram.awaitSent(sent -> sent.stream()
			.anyMatch(message -> message.chatId() == 2002 && message.text().contains("已重新交给热线工作人员")), WAIT);
	}

	@Test
	void waitsOutA429AndRetriesServerErrors() throws Exception {
		telegram.failNext(2003, FakeBotApi.Failure.tooManyRequests(1));
		telegram.message(2003, "/help");
		FakeBotApi.Sent help = telegram.awaitSent(sent -> sentTo(sent, 2003) >= 1, WAIT)
			.stream()
			.filter(message -> message.chatId() == 2003)
			.findFirst()
			.orElseThrow();
		long refused = telegram.calls("sendMessage")
			.stream()
			.filter(call -> call.path("chat_id").asLong() == 2003)
			.mapToLong(call -> call.path("_at").asLong())
			.min()
			.orElseThrow();
		assertThat(Duration.ofNanos(help.atNanos() - refused)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(help.text()).startsWith("直接发送您的问题即可");

		telegram.failNext(2004, FakeBotApi.Failure.serverError(), FakeBotApi.Failure.serverError());
		telegram.message(2004, "/help");
		telegram.awaitSent(sent -> sentTo(sent, 2004) >= 1, WAIT);
		Thread.sleep(300);
		assertThat(telegram.sentTo(2004)).hasSize(1);
	}

	@Test
	void aReplyThatCannotBeDeliveredIsRecordedOnTheTicket() throws Exception {
		telegram.message(2005, "/human");
		FakeBotApi.Sent handOver = telegram.awaitSent(sent -> sentTo(sent, 2005) >= 1, WAIT)
			.stream()
			.filter(message -> message.chatId() == 2005)
			.findFirst()
			.orElseThrow();
		Matcher number = TICKET.matcher(handOver.text());
		assertThat(number.find()).isTrue();
		telegram.failNext(2005, FakeBotApi.Failure.blocked());
		this.tickets.reply(number.group(), "agent1", "已为您登记。");
		TicketEvent failure = awaitHistory(number.group(), TicketEvent.DELIVERY_FAILED);
		assertThat(failure.detail()).contains("403");
	}

	@Test
	void aDuplicateUpdateIsAnsweredOnce() throws Exception {
		telegram.messageTwice(2006, "/start");
		telegram.message(2006, "/help");
		List<FakeBotApi.Sent> sent = telegram.awaitSent(all -> sentTo(all, 2006) >= 2, WAIT);
		Thread.sleep(300);
		List<FakeBotApi.Sent> toChat = telegram.sentTo(2006);
		assertThat(toChat).hasSize(2);
		assertThat(toChat.get(0).text()).contains("我是政策问答机器人");
		assertThat(toChat.get(1).text()).startsWith("直接发送您的问题即可");
		assertThat(sent).isNotEmpty();
	}

	@Test
	void stickersPhotosLongTextGroupsAndEditsGetAClearReplyOrNone() throws Exception {
		ObjectNode sticker = telegram.baseMessage(2007, "private");
		sticker.putObject("sticker")
			.put("file_id", "s1")
			.put("file_unique_id", "u1")
			.put("type", "regular")
			.put("width", 512)
			.put("height", 512)
			.put("is_animated", false)
			.put("is_video", false);
		telegram.queueUpdate("message", sticker);
		ObjectNode voice = telegram.baseMessage(2007, "private");
		voice.putObject("voice").put("file_id", "v1").put("file_unique_id", "u2").put("duration", 3);
		telegram.queueUpdate("message", voice);
		telegram.message(2007, "问".repeat(5000));
		telegram.message(2007, "<script>alert(1)</script>");

		ObjectNode group = telegram.baseMessage(-3001, "group");
		group.put("text", ANSWERABLE);
		telegram.queueUpdate("message", group);
		ObjectNode edited = telegram.baseMessage(2007, "private");
		edited.put("text", "改过的问题");
		edited.put("edit_date", 1);
		telegram.queueUpdate("edited_message", edited);
		telegram.message(2007, "/help");

		List<FakeBotApi.Sent> toChat = telegram.awaitSent(sent -> sentTo(sent, 2007) >= 5, WAIT)
			.stream()
			.filter(message -> message.chatId() == 2007)
			.toList();
		assertThat(toChat.get(0).text()).contains("只能回答文字问题");
		assertThat(toChat.get(1).text()).contains("只能回答文字问题");
		assertThat(toChat.get(2).text()).contains("5000字").contains("2000字以内");
		assertThat(toChat.get(3).text()).doesNotContain("<script>");
		assertThat(toChat.get(4).text()).startsWith("直接发送您的问题即可");
		Thread.sleep(300);
		assertThat(telegram.sentTo(2007)).hasSize(5);
		assertThat(telegram.sentTo(-3001)).isEmpty();
	}

	/**
	 * Not a timed test: it checks that each of 2,000 updates from 500 chats is answered
	 * exactly once and in order per chat, and prints the throughput.
	 */
	@Test
	void manyChatsAtOnceAreEachAnsweredOnceInOrder() throws Exception {
		awaitKnowledge();
		int chats = 500;
		String[] messages = { "/help", ANSWERABLE, "/start", "/unknown" };
		long start = System.nanoTime();
		for (int round = 0; round < messages.length; round++) {
			for (int chat = 0; chat < chats; chat++) {
				telegram.message(100_000 + chat, messages[round]);
			}
		}
		int total = chats * messages.length;
		telegram.awaitSent(sent -> sent.stream().filter(message -> message.chatId() >= 100_000).count() >= total,
				Duration.ofMinutes(3));
		double seconds = (System.nanoTime() - start) / 1e9;
		Thread.sleep(300);
		Map<Long, List<String>> byChat = new LinkedHashMap<>();
		for (FakeBotApi.Sent message : telegram.sent()) {
			if (message.chatId() >= 100_000) {
				byChat.computeIfAbsent(message.chatId(), key -> new ArrayList<>()).add(message.text());
			}
		}
		assertThat(byChat).hasSize(chats);
		assertThat(byChat.values()).allSatisfy(replies -> {
			assertThat(replies).hasSize(4);
			assertThat(replies.get(0)).startsWith("直接发送您的问题即可");
			assertThat(replies.get(1)).contains("7个工作日");
			assertThat(replies.get(2)).contains("我是政策问答机器人");
			assertThat(replies.get(3)).startsWith("不认识这个命令");
		});
		System.out.printf(
				"Telegram: %d updates from %d chats answered once each, in order, in %.1f s (%.0f updates/s)%n", total,
				chats, seconds, total / seconds);
	}

	private void awaitKnowledge() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(WAIT)).isTrue();
	}

	private static long sentTo(List<FakeBotApi.Sent> sent, long chatId) {
		return sent.stream().filter(message -> message.chatId() == chatId).count();
	}

	private static void awaitCall(String method, java.util.function.Predicate<JsonNode> condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			if (telegram.calls(method).stream().anyMatch(condition)) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError(
				"No matching " + method + " call: " + new ObjectMapper().valueToTree(telegram.calls(method)));
	}

	/**
	 * Polls rather than reads once: on H2 a reader has been seen to get the event of a
	 * commit a moment before the ticket row of the same commit.
	 */
	private void awaitStatus(String number, TicketStatus status) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (this.tickets.get(number).status() != status && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.tickets.get(number).status()).isEqualTo(status);
	}

	private TicketEvent awaitHistory(String number, String action) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			for (TicketEvent event : this.tickets.history(number)) {
				if (event.action().equals(action)) {
					return event;
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError("No " + action + " on " + number + ": " + this.tickets.history(number));
	}

}
