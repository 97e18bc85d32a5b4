package wenzheng.bot;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wenzheng.bot.telegram.FakeBotApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app is killed with SIGKILL in the middle of a burst of 1,000 web questions and 200
 * Telegram messages, then started again on the same data. Every question that got a 200
 * has its conversation turn and, when escalated, exactly one ticket; every Telegram
 * update is handled once and every reply sent once; the index opens consistent.
 */
class CrashSafetyIntegrationTests {

	private static final List<String> QUESTIONS = List.of("四平市政府开放日多久举办一次？", "洮北区行政处罚信息多久要公开？", "我要投诉楼下饭店油烟太大，请帮我处理",
			"白城工业园区政策解读由谁负责？", "你好", "吉林省政务公开工作要点里对政策解读有什么要求？", "我家小区的路灯坏了好几天了没人修");

	private static final int WEB_QUESTIONS = 1000;

	private static final int CHATS = 50;

	private static final int MESSAGES_PER_CHAT = 4;

	private static final Duration QUIET = Duration.ofSeconds(35);

	@TempDir
	Path dataDir;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void aKilledInstanceLosesNothingAndRepeatsNothing() throws Exception {
		try (FakeBotApi telegram = new FakeBotApi()) {
			int port = freePort();
			Process app = start(port, telegram);
			awaitHealthy(port, app);
			for (long chat = 1; chat <= CHATS; chat++) {
				for (int i = 0; i < MESSAGES_PER_CHAT; i++) {
					telegram.message(chat, QUESTIONS.get((int) ((chat + i) % QUESTIONS.size())));
				}
			}
			Queue<JsonNode> acknowledged = new ConcurrentLinkedQueue<>();
			ExecutorService citizens = Executors.newFixedThreadPool(8);
			for (int i = 0; i < WEB_QUESTIONS; i++) {
				String question = QUESTIONS.get(i % QUESTIONS.size());
				citizens.submit(() -> ask(port, question).ifPresent(acknowledged::add));
			}
			while (acknowledged.size() < WEB_QUESTIONS / 3) {
				Thread.sleep(5);
			}
			app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			int answeredBeforeKill = acknowledged.size();
			int sentBeforeKill = telegram.sent().size();
			citizens.shutdown();
			assertThat(citizens.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

			Process restarted = start(port, telegram);
			try {
				awaitHealthy(port, restarted);
				awaitRepliesSettled(telegram);
				assertThat(ask(port, QUESTIONS.get(0))).as("the index opens and answers")
					.hasValueSatisfying(reply -> assertThat(reply.path("type").asText()).isEqualTo("ANSWER"));
			}
			finally {
				restarted.destroy();
				restarted.waitFor(60, TimeUnit.SECONDS);
			}
			System.out.printf(
					"Crash test: killed after %d acknowledged web answers and %d Telegram replies; %d acknowledged in all; "
							+ "%d Telegram replies after the restart%n",
					answeredBeforeKill, sentBeforeKill, acknowledged.size(), telegram.sent().size());
			verifyDatabase(new ArrayList<>(acknowledged), telegram.sent().size());
		}
	}

	private void verifyDatabase(List<JsonNode> acknowledged, int repliesSent) throws SQLException {
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + this.dataDir.resolve("db/wenzheng"), "sa",
				"")) {
			for (JsonNode reply : acknowledged) {
				String session = reply.path("sessionId").asText();
				assertThat(count(db, "select count(*) from conversation_turn where session_id = ?", session))
					.as("turn of %s", session)
					.isEqualTo(1);
				long tickets = count(db, "select count(*) from ticket where session_id = ?", session);
				if (reply.path("type").asText().equals("ESCALATED")) {
					assertThat(tickets).as("ticket of %s", session).isEqualTo(1);
				}
			}
			assertThat(count(db,
					"select count(*) from (select session_id from ticket where channel = 'web' "
							+ "group by session_id having count(*) > 1) duplicated",
					null))
				.as("no web question with two tickets")
				.isZero();
			assertThat(count(db,
					"select count(*) from ticket t where not exists "
							+ "(select 1 from conversation_turn c where c.ticket_no = t.ticket_no)",
					null))
				.as("every ticket belongs to a recorded turn")
				.isZero();
			assertThat(count(db, "select count(*) from telegram_update", null)).as("every update handled once")
				.isEqualTo(CHATS * MESSAGES_PER_CHAT);
			assertThat(count(db, "select count(*) from telegram_outbox where status <> 'SENT'", null)).isZero();
			// Sending to Telegram has no idempotency key: a message in flight at the
			// instant
			// of the kill may arrive twice; none is lost.
			long replies = count(db, "select count(*) from telegram_outbox", null);
			System.out.printf("Crash test: %d replies in the outbox, %d sendMessage calls received%n", replies,
					repliesSent);
			assertThat(repliesSent).as("every reply sent").isGreaterThanOrEqualTo((int) replies);
			assertThat(repliesSent - replies).as("at most the messages in flight at the kill sent twice")
				.isLessThanOrEqualTo(CHATS);
			assertThat(count(db, "select count(distinct chat_id) from telegram_outbox", null)).isEqualTo(CHATS);
		}
	}

	private static long count(Connection db, String sql, String parameter) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			if (parameter != null) {
				statement.setString(1, parameter);
			}
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	private Optional<JsonNode> ask(int port, String question) {
		try {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ask"))
					.timeout(Duration.ofSeconds(30))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString(this.json.createObjectNode().put("question", question).toString()))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 ? Optional.of(this.json.readTree(response.body())) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/**
	 * Waits until every update has at least one reply and no more arrive for longer than
	 * a send lease (30 s), so that a message taken by the killed instance has been sent
	 * again: the outbox is then drained (the database cannot be read while the app holds
	 * it).
	 */
	private static void awaitRepliesSettled(FakeBotApi telegram) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		int last = -1;
		long stableSince = System.nanoTime();
		while (System.nanoTime() < deadline) {
			int now = telegram.sent().size();
			if (now != last) {
				last = now;
				stableSince = System.nanoTime();
			}
			else if (now >= CHATS * MESSAGES_PER_CHAT && System.nanoTime() - stableSince > QUIET.toNanos()) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Telegram replies did not settle: " + last);
	}

	private Process start(int port, FakeBotApi telegram) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				WenzhengApplication.class.getName(), "--server.port=" + port, "--wenzheng.data-dir=" + this.dataDir,
				"--wenzheng.telegram.token=" + FakeBotApi.TOKEN, "--wenzheng.telegram.api-url=" + telegram.url(),
				"--wenzheng.telegram.poll-timeout=1s", "--wenzheng.telegram.messages-per-second=1000",
				"--wenzheng.telegram.chat-interval=50ms", "--wenzheng.rate-limit.per-client-per-minute=0",
				"--wenzheng.rate-limit.per-session-per-minute=0", "--logging.level.root=WARN")
			.redirectErrorStream(true)
			.redirectOutput(this.dataDir.resolve("app-" + System.nanoTime() + ".log").toFile())
			.start();
	}

	private void awaitHealthy(int port, Process app) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("the app is running; see the logs in " + this.dataDir).isTrue();
			try {
				HttpResponse<String> health = this.http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The app did not become healthy; logs in " + this.dataDir);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
