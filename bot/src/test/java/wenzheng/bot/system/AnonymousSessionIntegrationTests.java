package wenzheng.bot.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous requests to protected URLs, each on a new connection with a 6 KB header, and
 * failed logins create no HTTP session: memory does not grow with them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "wenzheng.rate-limit.per-client-per-minute=0")
class AnonymousSessionIntegrationTests {

	private static final int REQUESTS = 20_000;

	@TempDir
	static Path dataDir;

	@LocalServerPort
	private int port;

	@Autowired
	private ServletWebServerApplicationContext context;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@Test
	void anonymousRequestsAndFailedLoginsCreateNoSession() throws Exception {
		List<String> paths = List.of("/api/tickets", "/api/editor/gaps", "/api/admin/users", "/console/index.html",
				"/console/editor.html", "/v3/api-docs");
		String header = "x".repeat(6 * 1024);
		AtomicInteger withCookie = new AtomicInteger();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			List<Future<?>> sent = new java.util.ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				String path = paths.get(i % paths.size());
				sent.add(pool.submit(() -> {
					// A client of its own: every request on a new connection.
					HttpClient client = HttpClient.newHttpClient();
					HttpResponse<Void> response = client.send(
							HttpRequest.newBuilder(URI.create(base() + path)).header("X-Padding", header).build(),
							HttpResponse.BodyHandlers.discarding());
					if (response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
						withCookie.incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> request : sent) {
				request.get();
			}
		}
		HttpClient client = HttpClient.newHttpClient();
		for (int i = 0; i < 50; i++) {
			HttpResponse<Void> failed = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=nobody" + i + "&password=wrong-pass-" + i))
				.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(failed.statusCode()).isIn(302, 401, 403);
			assertThat(failed.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		}
		System.out.printf("%d anonymous requests with a 6 KB header and 50 failed logins: %d sessions%n", REQUESTS,
				activeSessions());
		assertThat(withCookie.get()).isZero();
		assertThat(activeSessions()).isZero();
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
