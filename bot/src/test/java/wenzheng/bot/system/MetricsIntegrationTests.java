package wenzheng.bot.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.bot.account.StaffAccounts;
import wenzheng.bot.account.StaffRole;
import wenzheng.bot.account.StaffUser;
import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.bot.web.WebChatClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After some traffic, {@code /actuator/prometheus} lists the app's metrics to a METRICS
 * account and an administrator, by HTTP Basic, and refuses everyone else.
 */
// Tests switch metrics export off unless asked: this one needs the Prometheus registry.
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "wenzheng.rate-limit.per-session-per-minute=3")
class MetricsIntegrationTests {

	private static final String PASSWORD = "Scrape-pass-2026";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	private int port;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private StaffAccounts accounts;

	private final HttpClient http = HttpClient.newHttpClient();

	private String session;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@Test
	void theMetricsAreListedForMetricsAndAdminAccountsOnly() throws Exception {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		this.accounts.create(new StaffUser("prometheus", "监控", StaffRole.METRICS, null, true), PASSWORD);
		this.accounts.create(new StaffUser("metrics-admin", "管理员", StaffRole.ADMIN, null, true), PASSWORD);
		this.accounts.create(new StaffUser("metrics-agent", "坐席", StaffRole.AGENT, null, true), PASSWORD);
		for (String question : new String[] { "吉林省重大决策出台以后，多少天内要公开意见采纳情况？", "你好", "我要转人工" }) {
			assertThat(ask(question).statusCode()).isEqualTo(200);
		}
		assertThat(ask("公积金怎么提取？").statusCode()).as("over the session's limit").isEqualTo(429);

		HttpResponse<String> scraped = scrape("prometheus");
		assertThat(scraped.statusCode()).isEqualTo(200);
		assertThat(scraped.body()).contains("wenzheng_questions_total{channel=\"web\",type=\"ANSWER\"}",
				"wenzheng_questions_total{channel=\"web\",type=\"ESCALATED\"}",
				"wenzheng_answer_latency_seconds_bucket", "wenzheng_answer_confidence_bucket", "wenzheng_tickets_open",
				"wenzheng_tickets_overdue", "wenzheng_index_documents", "wenzheng_index_clauses",
				"wenzheng_semantic_vector_backlog", "wenzheng_rate_limit_refusals_total{scope=\"session\"} 1.0");
		assertThat(scrape("metrics-admin").statusCode()).isEqualTo(200);
		assertThat(scrape("metrics-agent").statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = this.http.send(
				HttpRequest.newBuilder(URI.create(base() + "/actuator/prometheus")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(value -> value.startsWith("Basic"));
	}

	/**
	 * Asks in one session: the first question starts it.
	 */
	private HttpResponse<String> ask(String question) throws Exception {
		String body = "{\"question\":\"" + question + "\""
				+ (this.session == null ? "" : ",\"sessionId\":\"" + this.session + "\"") + "}";
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(base() + "/api/ask"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
		WebChatClient.sessionOf(response.body()).ifPresent(issued -> this.session = issued);
		return response;
	}

	private HttpResponse<String> scrape(String username) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/prometheus"))
			.header("Authorization", "Basic " + credentials)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
