package wenzheng.bot.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import wenzheng.bot.knowledgebase.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests through the running server (Tomcat's own parsing included) to every
 * endpoint the app maps, anonymously and as an administrator: wildcard, unreadable and
 * multipart content types without a boundary, multipart bodies cut short, binary and 100
 * KB bodies, an Accept header the API cannot satisfy. None gets a 5xx, and every API
 * refusal is a problem document with a Chinese detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "wenzheng.admin.password=Hostile-root-2026", "wenzheng.rate-limit.per-client-per-minute=0",
				"wenzheng.rate-limit.per-session-per-minute=0" })
class HostileHttpIntegrationTests {

	private static final String ADMIN = "Basic "
			+ Base64.getEncoder().encodeToString("admin:Hostile-root-2026".getBytes(StandardCharsets.UTF_8));

	@TempDir
	static Path dataDir;

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private KnowledgeBase knowledgeBase;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@Test
	void noHostileRequestToAnyEndpointGetsAServerError() throws Exception {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		List<Variant> variants = variants();
		int sent = 0;
		int refusedInChinese = 0;
		for (Endpoint endpoint : endpoints()) {
			for (Variant variant : variants) {
				for (String authorization : new String[] { null, ADMIN }) {
					HttpResponse<String> response = send(endpoint, variant, authorization);
					String what = endpoint + " " + variant.name() + (authorization == null ? " anonymous" : " admin");
					assertThat(response.statusCode()).as(what + ": " + response.body()).isLessThan(500);
					if (isApiRefusal(endpoint, response)) {
						assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what)
							.contains("application/problem+json");
						assertThat(ChineseProblems.isChinese(response.body())).as(what + ": " + response.body())
							.isTrue();
						refusedInChinese++;
					}
					sent++;
				}
			}
		}
		System.out.printf("hostile HTTP: %d requests to %d endpoints, 0 server errors, %d API refusals in Chinese%n",
				sent, endpoints().size(), refusedInChinese);
		assertThat(sent).isGreaterThan(500);
	}

	private static boolean isApiRefusal(Endpoint endpoint, HttpResponse<String> response) {
		return endpoint.path().startsWith("/api/") && response.statusCode() >= 400 && !response.body().isEmpty()
		// An upload none of whose files could be imported answers with its report.
				&& !(response.statusCode() == 422 && response.body().contains("\"results\""));
	}

	private HttpResponse<String> send(Endpoint endpoint, Variant variant, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + endpoint.path()))
			.timeout(Duration.ofSeconds(30))
			.method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(variant.body()))
			.header("Accept", variant.accept());
		if (variant.contentType() != null) {
			request.header("Content-Type", variant.contentType());
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * Every mapped path and method, path variables filled with a value that exists
	 * nowhere.
	 */
	private Set<Endpoint> endpoints() {
		Set<Endpoint> endpoints = new LinkedHashSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replaceAll("\\{[^}]*}", "1");
				if (methods.isEmpty()) {
					endpoints.add(new Endpoint("GET", path));
					endpoints.add(new Endpoint("POST", path));
				}
				methods.forEach(method -> endpoints.add(new Endpoint(method.name(), path)));
			}
		}
		return endpoints;
	}

	private static List<Variant> variants() {
		byte[] json = "{\"question\":\"公积金怎么提取？\"}".getBytes(StandardCharsets.UTF_8);
		byte[] garbage = new byte[2048];
		new Random(20261204).nextBytes(garbage);
		byte[] cut = ("--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n公积金提取")
			.getBytes(StandardCharsets.UTF_8);
		byte[] large = ("{\"question\":\"" + "问".repeat(100_000 / 3) + "\"}").getBytes(StandardCharsets.UTF_8);
		List<Variant> variants = new ArrayList<>();
		variants.add(new Variant("any type", "*/*", json, "application/json"));
		variants.add(new Variant("wildcard subtype", "application/*", json, "application/json"));
		variants.add(new Variant("unreadable type", "x;;;=", json, "application/json"));
		variants.add(
				new Variant("multipart without boundary", "multipart/form-data", "abc".getBytes(), "application/json"));
		variants.add(new Variant("multipart cut short", "multipart/form-data; boundary=XX", cut, "application/json"));
		variants.add(new Variant("binary as JSON", "application/json", garbage, "application/json"));
		variants.add(new Variant("100 KB JSON", "application/json", large, "application/json"));
		variants.add(new Variant("bad form encoding", "application/x-www-form-urlencoded", "a=%ZZ&b".getBytes(),
				"application/json"));
		variants.add(new Variant("no content type", null, garbage, "application/json"));
		variants.add(new Variant("unsatisfiable Accept", "application/json", json, "image/png"));
		return variants;
	}

	private record Endpoint(String method, String path) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	private record Variant(String name, String contentType, byte[] body, String accept) {
	}

}
