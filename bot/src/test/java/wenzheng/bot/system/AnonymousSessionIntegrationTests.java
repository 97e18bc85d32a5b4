package wenzheng.bot.system;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.bot.knowledgebase.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous requests to protected URLs, each on a new connection with a 6 KB header, and
 * failed logins create no HTTP session: 50,000 of them leave the live heap within 20 MB
 * of where it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "wenzheng.rate-limit.per-client-per-minute=0")
class AnonymousSessionIntegrationTests {

	private static final int REQUESTS = 50_000;

	private static final int WARM_UP = 5_000;

	@TempDir
	static Path dataDir;

	@LocalServerPort
	private int port;

	@Autowired
	private ServletWebServerApplicationContext context;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@Test
	void anonymousRequestsAndFailedLoginsCreateNoSessionAndLeaveTheHeapWhereItWas() throws Exception {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		List<String> paths = List.of("/api/tickets", "/api/editor/gaps", "/api/admin/users", "/console/index.html",
				"/console/editor.html", "/v3/api-docs");
		AtomicInteger withCookie = new AtomicInteger();
		send(WARM_UP, paths, withCookie);
		long before = liveHeap();
		send(REQUESTS, paths, withCookie);
		long after = liveHeap();
		HttpClient client = HttpClient.newHttpClient();
		for (int i = 0; i < 50; i++) {
			HttpResponse<Void> failed = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=nobody" + i + "&password=wrong-pass-" + i))
				.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(failed.statusCode()).isIn(302, 401, 403);
			assertThat(failed.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		}
		System.out.printf(
				"%d anonymous requests with a 6 KB header and 50 failed logins: %d sessions, live heap %.1f MB before, "
						+ "%.1f MB after (%+.1f MB)%n",
				REQUESTS, activeSessions(), before / 1e6, after / 1e6, (after - before) / 1e6);
		assertThat(withCookie.get()).isZero();
		assertThat(activeSessions()).isZero();
		assertThat(after - before).as("live heap growth in bytes").isLessThan(20L * 1024 * 1024);
	}

	/**
	 * Sends requests on a new connection each (HTTP/1.1, closed after the response) and
	 * counts the responses that set a session cookie.
	 */
	private void send(int requests, List<String> paths, AtomicInteger withCookie) throws Exception {
		String padding = "x".repeat(6 * 1024);
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			List<Future<?>> sent = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				String request = "GET " + paths.get(i % paths.size()) + " HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
						+ padding + "\r\nConnection: close\r\n\r\n";
				sent.add(pool.submit(() -> {
					try (Socket socket = new Socket("localhost", this.port)) {
						socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
						String response = new String(socket.getInputStream().readAllBytes(),
								StandardCharsets.ISO_8859_1);
						assertThat(response).startsWith("HTTP/1.1 ");
						if (response.contains("\r\nSet-Cookie: JSESSIONID")) {
							withCookie.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> request : sent) {
				request.get();
			}
		}
	}

	/**
	 * The heap still in use after full collections.
	 */
	private static long liveHeap() throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
			used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
		}
		return used;
	}

	private int activeSessions() {
		Tomcat tomcat = ((TomcatWebServer) this.context.getWebServer()).getTomcat();
		Context webapp = (Context) tomcat.getHost().findChildren()[0];
		return webapp.getManager().getActiveSessions();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
