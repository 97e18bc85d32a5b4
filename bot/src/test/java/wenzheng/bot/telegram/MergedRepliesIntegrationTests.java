package wenzheng.bot.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.bot.hotline.PersonalDataMasker;
import wenzheng.bot.hotline.TicketQueue;
import wenzheng.bot.hotline.TicketStatus;
import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.bot.web.WebChatClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 并单 end to end: three citizens, two in the web chat and one in Telegram (through the
 * in-test Bot API), report the same broken street lamp; a supervisor merges the three
 * tickets, and the one reply reaches each on their own channel, each quoting only their
 * own question and rated on its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MergedRepliesIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Pattern TICKET = Pattern.compile("RX-\\d{8}-\\d+");

	private static final String PASSWORD = "Merge-Test-2026";

	private static final long CHAT = 3030;

	private static final String MAIN = "我要反映：幸福小区的路灯坏了好几天了，晚上很黑，我是张三，电话13912345678";

	private static final String WEB = "我要反映：幸福小区路灯坏了，晚上太黑了，我是李四";

	private static final String TELEGRAM = "我要反映：幸福小区路灯不亮好几天了，我叫王五";

	private static final String REPLY = "张三您好，已安排城管维修，三日内修复，维修后回电13912345678。";

	/**
	 * What the merged citizens get: the reply without the main citizen's name and number.
	 */
	private static final String MASKED_REPLY = PersonalDataMasker.mask(REPLY, MAIN);

	@TempDir
	static Path dataDir;

	static FakeBotApi telegram;

	@Autowired
	private TestRestTemplate http;

	private WebChatClient chat;

	@BeforeEach
	void startChat() {
		this.chat = new WebChatClient(this.http);
	}

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private TicketQueue tickets;

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
		registry.add("wenzheng.admin.password", () -> PASSWORD);
		registry.add("wenzheng.telegram.token", () -> FakeBotApi.TOKEN);
		registry.add("wenzheng.telegram.api-url", () -> telegram.url());
		registry.add("wenzheng.telegram.poll-timeout", () -> "1s");
		registry.add("wenzheng.telegram.messages-per-second", () -> "1000");
		registry.add("wenzheng.telegram.chat-interval", () -> "100ms");
	}

	@Test
	void oneReplyReachesThreeCitizensOnTwoChannelsAndNothingOfOneIsShownToAnother() throws Exception {
		assertThat(this.knowledgeBase.awaitLoaded(WAIT)).isTrue();
		String main = ask(MAIN, "merge-web-a");
		String web = ask(WEB, "merge-web-b");
		telegram.message(CHAT, TELEGRAM);
		String escalated = telegram.awaitSent(sent -> !sent(sent).isEmpty(), WAIT)
			.stream()
			.filter(message -> message.chatId() == CHAT)
			.findFirst()
			.orElseThrow()
			.text();
		Matcher number = TICKET.matcher(escalated);
		assertThat(number.find()).as(escalated).isTrue();
		String chat = number.group();

		List<Object> similar = staff().getForObject("/api/tickets/" + main + "/similar", List.class)
			.stream()
			.map(row -> ((Map<?, ?>) row).get("number"))
			.toList();
		assertThat(similar).contains(web, chat);
		assertThat(staff()
			.postForEntity("/api/tickets/" + main + "/merge", json("{\"numbers\":[\"" + web + "\",\"" + chat + "\"]}"),
					Map.class)
			.getStatusCode()
			.value()).isEqualTo(200);

		String notice = telegram.awaitSent(sent -> sent(sent).size() >= 2, WAIT)
			.stream()
			.filter(message -> message.chatId() == CHAT)
			.toList()
			.get(1)
			.text();
		assertThat(notice).contains(main).contains(chat).doesNotContain("张三").doesNotContain("13912345678");
		Map<?, ?> mergedView = replies("merge-web-b").get(0);
		assertThat(mergedView.get("mergedInto")).isEqualTo(main);
		assertThat(mergedView.get("reply")).isNull();

		assertThat(staff()
			.postForEntity("/api/tickets/" + main + "/reply", json("{\"text\":\"" + REPLY + "\"}"), Map.class)
			.getStatusCode()
			.value()).isEqualTo(200);

		assertThat(replies("merge-web-a")).singleElement()
			.satisfies(reply -> assertThat(reply.get("reply")).isEqualTo(REPLY));
		assertThat(MASKED_REPLY).contains("已安排城管维修").doesNotContain("张三").doesNotContain("13912345678");
		Map<?, ?> webReply = replies("merge-web-b").get(0);
		assertThat(webReply.get("reply")).isEqualTo(MASKED_REPLY);
		assertThat(webReply.get("ticketId")).isEqualTo(web);
		assertThat(webReply.toString()).contains("李四").doesNotContain("张三").doesNotContain("王五");
		FakeBotApi.Sent delivered = telegram.awaitSent(sent -> sent(sent).size() >= 3, WAIT)
			.stream()
			.filter(message -> message.chatId() == CHAT)
			.toList()
			.get(2);
		assertThat(delivered.text()).contains(MASKED_REPLY).contains("王五").doesNotContain("张三").doesNotContain("李四");
		assertThat(delivered.buttons()).contains("rl:5:" + chat, "rl:1:" + chat);

		assertThat(this.http
			.postForEntity("/api/sessions/" + this.chat.session("merge-web-b") + "/tickets/" + web + "/rating",
					json("{\"level\":5}"), Map.class)
			.getStatusCode()
			.value()).isEqualTo(200);
		telegram.buttonPress(CHAT, "rl:2:" + chat);
		awaitStatus(chat, TicketStatus.NEW);
		assertThat(this.tickets.get(web).work().rating().level()).isEqualTo(5);
		assertThat(this.tickets.get(main).work().rating()).isNull();
	}

	private String ask(String question, String session) {
		Map<?, ?> reply = this.chat.ask(question, session);
		assertThat(reply.get("type")).as(reply.toString()).isEqualTo("ESCALATED");
		return (String) reply.get("ticketId");
	}

	@SuppressWarnings("unchecked")
	private List<Map<?, ?>> replies(String session) {
		return this.http.getForObject("/api/sessions/" + this.chat.session(session) + "/replies", List.class);
	}

	private void awaitStatus(String number, TicketStatus status) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (this.tickets.get(number).status() != status && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.tickets.get(number).status()).isEqualTo(status);
	}

	private static List<FakeBotApi.Sent> sent(List<FakeBotApi.Sent> sent) {
		return sent.stream().filter(message -> message.chatId() == CHAT).toList();
	}

	private TestRestTemplate staff() {
		return this.http.withBasicAuth("admin", PASSWORD);
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
