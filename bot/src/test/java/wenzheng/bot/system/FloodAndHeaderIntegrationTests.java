package wenzheng.bot.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.bot.account.StaffAccounts;
import wenzheng.bot.account.StaffRole;
import wenzheng.bot.account.StaffUser;
import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.bot.web.WebChatClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Floods get 429 with Retry-After and do not slow other citizens; staff logins are
 * throttled and audited; responses carry the security headers, and the session cookie is
 * HttpOnly, SameSite and Secure behind TLS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "wenzheng.rate-limit.per-client-per-minute=20", "wenzheng.rate-limit.per-session-per-minute=3" })
class FloodAndHeaderIntegrationTests {

	private static final String PASSWORD = "Agent-pass-2026";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	private int port;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void ready() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		for (String name : List.of("agent7", "agent8")) {
			if (this.accounts.all().stream().noneMatch(user -> user.username().equals(name))) {
				this.accounts.create(new StaffUser(name, "坐席", StaffRole.AGENT, null, true), PASSWORD);
			}
		}
	}

	@Test
	void aSessionAskingTooOftenGets429WithRetryAfter() throws Exception {
		HttpResponse<String> first = ask("10.1.0.1", null, "你好");
		assertThat(first.statusCode()).isEqualTo(200);
		Optional<String> issued = WebChatClient.sessionOf(first.body());
		assertThat(issued).isPresent();
		String session = issued.get();
		for (int i = 0; i < 2; i++) {
			assertThat(ask("10.1.0.1", session, "你好").statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = ask("10.1.0.1", session, "你好");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(refused.body()).contains("您的提问太频繁了");
		assertThat(ask("10.1.0.1", null, "你好").statusCode()).as("another session").isEqualTo(200);
	}

	@Test
	void aFloodFromOneClientIsRefusedWithoutSlowingTheOthers() throws Exception {
		List<Long> quiet = latencies("10.2.0.2", 10);
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger served = new AtomicInteger();
		List<CompletableFuture<Void>> flood = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			flood.add(CompletableFuture.runAsync(() -> {
				for (int request = 0; request < 50; request++) {
					int status = ask("10.2.0.1", null, "政府开放日多久举办一次？").statusCode();
					(status == 429 ? refused : served).incrementAndGet();
				}
			}));
		}
		List<Long> duringFlood = latencies("10.2.0.3", 10);
		CompletableFuture.allOf(flood.toArray(CompletableFuture[]::new)).join();
		System.out.printf(
				"Flood of 400 requests from one client: %d served, %d refused with 429; "
						+ "another client's median latency %d ms before, %d ms during the flood%n",
				served.get(), refused.get(), median(quiet), median(duringFlood));
		assertThat(served.get()).isLessThanOrEqualTo(20);
		assertThat(refused.get()).isGreaterThanOrEqualTo(380);
	}

	@Test
	void suggestionsHotQuestionsAndTheFeedCountAgainstTheSameLimitAsQuestions() throws Exception {
		String client = "10.3.0.1";
		List<String> paths = List.of("/api/suggest?q=" + URLEncoder.encode("公开", StandardCharsets.UTF_8),
				"/api/hot-questions", "/feeds/policies.atom");
		for (int i = 0; i < 19; i++) {
			assertThat(citizenGet(client, paths.get(i % paths.size())).statusCode()).isEqualTo(200);
		}
		assertThat(ask(client, null, "你好").statusCode()).as("the twentieth request of the minute").isEqualTo(200);
		for (String path : paths) {
			HttpResponse<String> refused = citizenGet(client, path);
			assertThat(refused.statusCode()).as(path).isEqualTo(429);
			assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		}
		assertThat(citizenGet("10.3.0.2", paths.get(0)).statusCode()).as("another client").isEqualTo(200);
	}

	@Test
	void repeatedFailedLoginsLockTheAccountAndEveryLoginIsAudited() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(me("agent7", "wrong-password-" + i).statusCode()).isEqualTo(401);
		}
		assertThat(me("agent7", PASSWORD).statusCode()).as("locked out").isEqualTo(401);
		assertThat(me("agent8", PASSWORD).statusCode()).as("other accounts still work").isEqualTo(200);
		List<Map<String, Object>> events = this.jdbc
			.sql("select username, succeeded from login_event where username in ('agent7', 'agent8') order by id")
			.query()
			.listOfRows();
		assertThat(events).filteredOn(event -> event.get("USERNAME").equals("agent7")).hasSize(6);
		assertThat(events).anySatisfy(event -> {
			assertThat(event.get("USERNAME")).isEqualTo("agent8");
			assertThat(event.get("SUCCEEDED")).isEqualTo(true);
		});
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		for (String path : List.of("/", "/console/login.html", "/api/public/answers")) {
			HttpResponse<String> response = this.http.send(get(path).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
				.contains("script-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-eval");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
		}
	}

	@Test
	void theConsoleSessionCookieIsHttpOnlySameSiteAndSecureBehindTls() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> page = browser.send(get("/console/login.html").build(),
				HttpResponse.BodyHandlers.ofString());
		String csrf = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
			.map(cookie -> cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
		String form = "username=agent8&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ csrf;
		HttpResponse<String> login = browser.send(get("/login").header("X-Forwarded-Proto", "https")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		String session = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(session).contains("HttpOnly").contains("SameSite=Strict").contains("Secure");
	}

	private List<Long> latencies(String client, int count) throws Exception {
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			assertThat(ask(client, null, "政府开放日多久举办一次？").statusCode()).isEqualTo(200);
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		return millis;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private HttpResponse<String> ask(String client, String session, String question) {
		String body = "{\"question\":\"" + question + "\""
				+ (session == null ? "" : ",\"sessionId\":\"" + session + "\"") + "}";
		try {
			return this.http.send(get("/api/ask").header("X-Forwarded-For", client)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> citizenGet(String client, String path) throws Exception {
		return this.http.send(get(path).header("X-Forwarded-For", client).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> me(String username, String password) throws Exception {
		String basic = java.util.Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this.http.send(get("/api/me").header("Authorization", "Basic " + basic).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

}
