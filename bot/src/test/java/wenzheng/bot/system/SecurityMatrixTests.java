package wenzheng.bot.system;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import wenzheng.bot.account.StaffAccounts;
import wenzheng.bot.account.StaffRole;
import wenzheng.bot.account.StaffUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every staff and administrator endpoint refuses anonymous callers and callers of the
 * wrong role; citizens' endpoints stay open; session logins need the CSRF token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityMatrixTests {

	private static final String PASSWORD = "Matrix-pass-2026";

	private static final String BODY = "{\"question\":\"问题\",\"answer\":\"答案\",\"words\":[\"甲\"],"
			+ "\"officials\":[\"乙\"],\"text\":\"内容\",\"department\":\"某局\",\"priority\":\"URGENT\","
			+ "\"kind\":\"HOLIDAY\",\"name\":\"假日\",\"username\":\"newuser\",\"displayName\":\"新人\","
			+ "\"role\":\"AGENT\",\"password\":\"Newuser-pass-1\",\"enabled\":true,\"channel\":\"电话\","
			+ "\"reached\":true,\"reason\":\"理由\",\"upheld\":true,\"note\":\"说明\",\"level\":3,"
			+ "\"numbers\":[\"RX-20260101-0002\"],\"number\":\"RX-20260101-0002\",\"departments\":[\"某局\"],"
			+ "\"keywords\":[\"路灯\"]}";

	/** The hotline queue: AGENT (and ADMIN). */
	private static final List<Endpoint> AGENT_ENDPOINTS = List.of(new Endpoint(HttpMethod.GET, "/api/tickets"),
			new Endpoint(HttpMethod.GET, "/api/tickets/RX-20260101-0001"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/claim"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/release"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/reply"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/notes"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/transfer"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/priority"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/close"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/faq-draft"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/publish"),
			new Endpoint(HttpMethod.GET, "/api/tickets/RX-20260101-0001/similar"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/callbacks"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/appeal"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/parts"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/return"));

	/** Dispatch decisions and figures: SUPERVISOR (and ADMIN). */
	private static final List<Endpoint> SUPERVISOR_ENDPOINTS = List.of(
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/merge"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/unmerge"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/assist"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/dispatch"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/return/rejection"),
			new Endpoint(HttpMethod.POST, "/api/tickets/RX-20260101-0001/appeal/decision"),
			new Endpoint(HttpMethod.GET, "/api/supervisor/figures"),
			new Endpoint(HttpMethod.GET, "/api/supervisor/figures.csv"));

	/** Accounts and the calendar: ADMIN only. */
	private static final List<Endpoint> ADMIN_ENDPOINTS = List.of(new Endpoint(HttpMethod.GET, "/api/admin/users"),
			new Endpoint(HttpMethod.POST, "/api/admin/users"),
			new Endpoint(HttpMethod.POST, "/api/admin/users/agent1/enabled"),
			new Endpoint(HttpMethod.PUT, "/api/admin/users/nobody"),
			new Endpoint(HttpMethod.POST, "/api/admin/users/nobody/password"),
			new Endpoint(HttpMethod.GET, "/api/admin/calendar"),
			new Endpoint(HttpMethod.PUT, "/api/admin/calendar/2030-01-02"),
			new Endpoint(HttpMethod.DELETE, "/api/admin/calendar/2030-01-02"),
			new Endpoint(HttpMethod.GET, "/api/admin/dispatch-catalogue"),
			new Endpoint(HttpMethod.POST, "/api/admin/dispatch-catalogue"),
			new Endpoint(HttpMethod.PUT, "/api/admin/dispatch-catalogue/999"),
			new Endpoint(HttpMethod.DELETE, "/api/admin/dispatch-catalogue/999"));

	/** The knowledge base: EDITOR (and ADMIN). */
	private static final List<Endpoint> EDITOR_ENDPOINTS = List.of(new Endpoint(HttpMethod.GET, "/api/editor/faq"),
			new Endpoint(HttpMethod.GET, "/api/editor/faq/1"), new Endpoint(HttpMethod.POST, "/api/editor/faq"),
			new Endpoint(HttpMethod.PUT, "/api/editor/faq/1"),
			new Endpoint(HttpMethod.POST, "/api/editor/faq/1/publish"),
			new Endpoint(HttpMethod.POST, "/api/editor/faq/1/retire"),
			new Endpoint(HttpMethod.GET, "/api/editor/synonyms"), new Endpoint(HttpMethod.POST, "/api/editor/synonyms"),
			new Endpoint(HttpMethod.DELETE, "/api/editor/synonyms/999"),
			new Endpoint(HttpMethod.GET, "/api/editor/gaps"),
			new Endpoint(HttpMethod.POST, "/api/editor/gaps/faq-draft"),
			new Endpoint(HttpMethod.GET, "/api/editor/hot-questions"),
			new Endpoint(HttpMethod.POST, "/api/editor/hot-questions"),
			new Endpoint(HttpMethod.DELETE, "/api/editor/hot-questions/999"),
			new Endpoint(HttpMethod.GET, "/api/editor/faq/1/reach"),
			new Endpoint(HttpMethod.GET, "/api/editor/documents/reach?id=x"));

	@TempDir
	static Path dataDir;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StaffAccounts accounts;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void users() {
		for (StaffRole role : StaffRole.values()) {
			String name = role.name().toLowerCase() + "1";
			if (this.accounts.all().stream().noneMatch(user -> user.username().equals(name))) {
				this.accounts.create(new StaffUser(name, name, role, null, true), PASSWORD);
			}
		}
	}

	@Test
	void anonymousCallersAreRefused() throws Exception {
		for (Endpoint endpoint : concat(AGENT_ENDPOINTS, SUPERVISOR_ENDPOINTS, ADMIN_ENDPOINTS,
				List.of(new Endpoint(HttpMethod.GET, "/api/me")))) {
			assertThat(status(endpoint.request())).as(endpoint.toString()).isIn(401, 403);
			// With a valid CSRF token it is the missing login that refuses.
			assertThat(status(endpoint.request().with(csrf()))).as(endpoint.toString()).isEqualTo(401);
		}
		assertThat(status(request(HttpMethod.GET, "/v3/api-docs"))).isEqualTo(401);
		MvcResult console = this.mvc.perform(request(HttpMethod.GET, "/console/index.html")).andReturn();
		assertThat(console.getResponse().getStatus()).isEqualTo(302);
		assertThat(console.getResponse().getRedirectedUrl()).endsWith("/console/login.html");
	}

	@Test
	void wrongRolesAreRefusedAndRightRolesGetThrough() throws Exception {
		for (Endpoint endpoint : AGENT_ENDPOINTS) {
			assertThat(status(endpoint.request().with(httpBasic("editor1", PASSWORD)))).as("EDITOR " + endpoint)
				.isEqualTo(403);
			assertThat(status(endpoint.request().with(httpBasic("agent1", PASSWORD)))).as("AGENT " + endpoint)
				.isNotIn(401, 403);
			assertThat(status(endpoint.request().with(httpBasic("supervisor1", PASSWORD)))).as("SUPERVISOR " + endpoint)
				.isNotIn(401, 403);
			assertThat(status(endpoint.request().with(httpBasic("admin1", PASSWORD)))).as("ADMIN " + endpoint)
				.isNotIn(401, 403);
		}
		for (Endpoint endpoint : SUPERVISOR_ENDPOINTS) {
			assertThat(status(endpoint.request().with(httpBasic("agent1", PASSWORD)))).as("AGENT " + endpoint)
				.isEqualTo(403);
			assertThat(status(endpoint.request().with(httpBasic("editor1", PASSWORD)))).as("EDITOR " + endpoint)
				.isEqualTo(403);
			assertThat(status(endpoint.request().with(httpBasic("supervisor1", PASSWORD)))).as("SUPERVISOR " + endpoint)
				.isNotIn(401, 403);
			assertThat(status(endpoint.request().with(httpBasic("admin1", PASSWORD)))).as("ADMIN " + endpoint)
				.isNotIn(401, 403);
		}
		for (Endpoint endpoint : EDITOR_ENDPOINTS) {
			assertThat(status(endpoint.request().with(httpBasic("agent1", PASSWORD)))).as("AGENT " + endpoint)
				.isEqualTo(403);
			assertThat(status(endpoint.request().with(httpBasic("supervisor1", PASSWORD)))).as("SUPERVISOR " + endpoint)
				.isEqualTo(403);
			assertThat(status(endpoint.request().with(httpBasic("editor1", PASSWORD)))).as("EDITOR " + endpoint)
				.isNotIn(401, 403);
			assertThat(status(endpoint.request().with(httpBasic("admin1", PASSWORD)))).as("ADMIN " + endpoint)
				.isNotIn(401, 403);
		}
		for (Endpoint endpoint : ADMIN_ENDPOINTS) {
			assertThat(status(endpoint.request().with(httpBasic("agent1", PASSWORD)))).as("AGENT " + endpoint)
				.isEqualTo(403);
			assertThat(status(endpoint.request().with(httpBasic("supervisor1", PASSWORD)))).as("SUPERVISOR " + endpoint)
				.isEqualTo(403);
			assertThat(status(endpoint.request().with(httpBasic("editor1", PASSWORD)))).as("EDITOR " + endpoint)
				.isEqualTo(403);
			assertThat(status(endpoint.request().with(httpBasic("admin1", PASSWORD)))).as("ADMIN " + endpoint)
				.isNotIn(401, 403);
		}
		assertThat(status(request(HttpMethod.GET, "/api/tickets").with(httpBasic("agent1", "wrong-password-1"))))
			.isEqualTo(401);
		for (Endpoint endpoint : concat(AGENT_ENDPOINTS, SUPERVISOR_ENDPOINTS, EDITOR_ENDPOINTS, ADMIN_ENDPOINTS)) {
			assertThat(status(endpoint.request().with(httpBasic("metrics1", PASSWORD)))).as("METRICS " + endpoint)
				.isEqualTo(403);
		}
		assertThat(status(request(HttpMethod.GET, "/actuator/prometheus"))).isEqualTo(401);
		assertThat(status(request(HttpMethod.GET, "/actuator/prometheus").with(httpBasic("agent1", PASSWORD))))
			.isEqualTo(403);
	}

	@Test
	void disablingAnAccountEndsItsConsoleSession() throws Exception {
		if (this.accounts.all().stream().noneMatch(user -> user.username().equals("leaver1"))) {
			this.accounts.create(new StaffUser("leaver1", "离岗坐席", StaffRole.AGENT, null, true), PASSWORD);
		}
		this.accounts.setEnabled("leaver1", true);
		MvcResult login = this.mvc.perform(formLogin("/login").user("leaver1").password(PASSWORD)).andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		assertThat(status(request(HttpMethod.GET, "/api/tickets").session(session))).isEqualTo(200);
		this.accounts.setEnabled("leaver1", false);
		assertThat(status(request(HttpMethod.GET, "/api/tickets").session(session))).isEqualTo(401);
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void citizensNeedNoLogin() throws Exception {
		assertThat(status(request(HttpMethod.GET, "/"))).isEqualTo(200);
		assertThat(status(request(HttpMethod.GET, "/public/answers.html"))).isEqualTo(200);
		assertThat(status(request(HttpMethod.GET, "/api/public/answers"))).isEqualTo(200);
		// Reaches the controller (no login asked), which knows no session the server did
		// not issue.
		assertThat(status(request(HttpMethod.GET, "/api/sessions/s-1/replies"))).isEqualTo(404);
		assertThat(status(request(HttpMethod.GET, "/actuator/health"))).isIn(200, 503);
		assertThat(status(request(HttpMethod.POST, "/api/ask").contentType(MediaType.APPLICATION_JSON)
			.content("{\"question\":\"\"}"))).isEqualTo(400);
		assertThat(status(request(HttpMethod.GET, "/console/login.html"))).isEqualTo(200);
		assertThat(status(request(HttpMethod.GET, "/api/hot-questions"))).isEqualTo(200);
		assertThat(status(request(HttpMethod.GET, "/api/suggest?q=公开"))).isEqualTo(200);
		assertThat(status(request(HttpMethod.GET, "/feeds/policies.atom"))).isEqualTo(200);
		assertThat(status(request(HttpMethod.GET, "/public/document.html"))).isEqualTo(200);
		assertThat(status(request(HttpMethod.GET, "/api/public/documents?id=x"))).isEqualTo(404);
		assertThat(status(request(HttpMethod.GET, "/elder.js"))).isEqualTo(200);
		assertThat(status(
				request(HttpMethod.POST, "/api/sessions/s-1/turns/1/feedback").contentType(MediaType.APPLICATION_JSON)
					.content("{\"helpful\":true}")))
			.isEqualTo(404);
		assertThat(status(request(HttpMethod.GET, "/actuator/env"))).isIn(401, 403, 404);
	}

	@Test
	void aConsoleSessionNeedsTheCsrfTokenToChangeAnything() throws Exception {
		MvcResult login = this.mvc.perform(formLogin("/login").user("agent1").password(PASSWORD)).andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).endsWith("/console/");
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		assertThat(status(request(HttpMethod.GET, "/api/tickets").session(session))).isEqualTo(200);
		assertThat(status(request(HttpMethod.POST, "/api/tickets/RX-20260101-0001/claim").session(session)))
			.isEqualTo(403);
		assertThat(
				status(request(HttpMethod.POST, "/api/tickets/RX-20260101-0001/claim").session(session).with(csrf())))
			.isEqualTo(404);

		// A Basic header does not excuse a request that carries the session from the
		// token.
		assertThat(status(request(HttpMethod.POST, "/api/tickets/RX-20260101-0001/claim").session(session)
			.with(httpBasic("agent1", "not-the-password-9")))).isEqualTo(403);

		MvcResult failed = this.mvc.perform(formLogin("/login").user("agent1").password("not-the-password-9"))
			.andReturn();
		assertThat(failed.getResponse().getRedirectedUrl()).endsWith("/console/login.html?error");
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	@SafeVarargs
	private static List<Endpoint> concat(List<Endpoint>... lists) {
		return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
	}

	private record Endpoint(HttpMethod method, String path) {

		MockHttpServletRequestBuilder request() {
			MockHttpServletRequestBuilder builder = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.request(this.method, this.path);
			return this.method == HttpMethod.GET ? builder
					: builder.contentType(MediaType.APPLICATION_JSON).content(BODY);
		}

	}

}
