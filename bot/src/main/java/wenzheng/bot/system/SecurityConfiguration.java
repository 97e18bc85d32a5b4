package wenzheng.bot.system;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import wenzheng.bot.account.ActiveAccounts;
import wenzheng.bot.account.ActiveSessionFilter;

/**
 * Who may call what. Citizens' endpoints (chat, asking, their replies and ratings, the
 * public answers page, the Telegram webhook, health) need no login; the staff console and
 * API need a staff login, the hotline queue the AGENT role, dispatch decisions (merging,
 * co-handling, reassignment, appeals) and the figures the SUPERVISOR role, which includes
 * AGENT, administration (accounts, calendar, dispatch catalogue) the ADMIN role, which
 * includes the others. Everything else is refused. The console logs in with a form and a
 * session cookie, protected against CSRF by a token the page sends back in a header; API
 * clients may use HTTP Basic instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

	static final String LOGIN_PAGE = "/console/login.html";

	/**
	 * Scripts only from the app's own files (no inline script, no CDN), no framing.
	 * Inline style attributes stay allowed: they cannot run code.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** The ticket actions only a supervisor (值班长) may take. */
	static final String[] SUPERVISOR_DECISIONS = { "/api/tickets/*/merge", "/api/tickets/*/unmerge",
			"/api/tickets/*/assist", "/api/tickets/*/dispatch", "/api/tickets/*/return/rejection",
			"/api/tickets/*/appeal/decision" };

	@Bean
	SecurityFilterChain security(HttpSecurity http, ObjectMapper json, ObjectProvider<ActiveAccounts> accounts)
			throws Exception {
		ProblemWriter problems = new ProblemWriter(json);
		http.authorizeHttpRequests(requests -> requests
			// Error pages render a refusal already decided; asked for directly, /error is
			// refused.
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/", "/index.html", "/chat.js", "/chat.css", "/favicon.ico", LOGIN_PAGE,
					"/console/login.js", "/console/console.css", "/public/**", "/api/public/**", "/elder.js",
					"/elder.css")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/hot-questions", "/api/suggest", "/feeds/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/ask", "/telegram/webhook")
			.permitAll()
			.requestMatchers("/api/sessions/**", "/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/actuator/prometheus")
			.hasRole("METRICS")
			.requestMatchers("/api/admin/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, SUPERVISOR_DECISIONS)
			.hasRole("SUPERVISOR")
			.requestMatchers("/api/supervisor/**")
			.hasRole("SUPERVISOR")
			.requestMatchers("/api/tickets/**")
			.hasRole("AGENT")
			.requestMatchers("/api/editor/**")
			.hasRole("EDITOR")
			.requestMatchers("/console/**", "/webjars/**", "/api/me", "/v3/api-docs", "/v3/api-docs/**",
					"/swagger-ui.html", "/swagger-ui/**")
			.authenticated()
			.anyRequest()
			.denyAll())
			.formLogin(form -> form.loginPage(LOGIN_PAGE)
				.loginProcessingUrl("/login")
				.defaultSuccessUrl("/console/", true)
				.failureHandler(loginFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.httpBasic(Customizer.withDefaults())
			.exceptionHandling(
					errors -> errors
						.defaultAuthenticationEntryPointFor((request, response, failure) -> problems.write(response,
								HttpStatus.UNAUTHORIZED, "未登录", "请先登录（控制台登录或 HTTP Basic）"), under("/api/"))
						.defaultAccessDeniedHandlerFor(
								(request, response, denied) -> problems.write(response, HttpStatus.FORBIDDEN, "没有权限",
										denied instanceof CsrfException ? "页面已过期，请刷新页面后重试" : "没有权限执行此操作"),
								under("/api/"))
						.defaultAuthenticationEntryPointFor(metricsEntryPoint(), under("/actuator/"))
						.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
								under("/console/")))
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.ignoringRequestMatchers(citizenOrBasicAuth()))
			.addFilterAfter(new CsrfCookieFilter(), org.springframework.security.web.csrf.CsrfFilter.class);
		// Only a successful login creates a session: an anonymous request is never saved
		// for after the login (which always leads to the console's start page), so no
		// caller fills memory with sessions by asking for protected URLs.
		http.requestCache(cache -> cache.requestCache(new NullRequestCache()));
		// A disabled account's console sessions end at their next request, on every
		// instance.
		// (Web slice tests run without the accounts.)
		accounts
			.ifAvailable(active -> http.addFilterBefore(new ActiveSessionFilter(active), AuthorizationFilter.class));
		return http.build();
	}

	/**
	 * Back to the login page with an error, without creating a session for the failed
	 * caller.
	 */
	private static SimpleUrlAuthenticationFailureHandler loginFailure() {
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler(
				LOGIN_PAGE + "?error");
		failure.setAllowSessionCreation(false);
		return failure;
	}

	/**
	 * A scraper without credentials is asked for HTTP Basic, not sent to a login page.
	 */
	private static BasicAuthenticationEntryPoint metricsEntryPoint() {
		BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
		entryPoint.setRealmName("wenzheng");
		return entryPoint;
	}

	private static RequestMatcher under(String prefix) {
		return request -> request.getRequestURI().startsWith(request.getContextPath() + prefix);
	}

	/**
	 * Requests CSRF cannot abuse: citizens' endpoints carry no login, and HTTP Basic
	 * credentials are never sent by the browser on its own.
	 */
	private static RequestMatcher citizenOrBasicAuth() {
		return request -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			String authorization = request.getHeader("Authorization");
			// HTTP Basic without a session: a request carrying a session cookie is a
			// browser's, whatever header it adds, and needs the token.
			return path.equals("/api/ask") || path.startsWith("/api/sessions/") || path.equals("/telegram/webhook")
					|| (authorization != null && authorization.startsWith("Basic ")
							&& request.getSession(false) == null);
		};
	}

	@Bean
	RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl
			.fromHierarchy("ROLE_ADMIN > ROLE_SUPERVISOR\nROLE_SUPERVISOR > ROLE_AGENT\nROLE_ADMIN > ROLE_EDITOR\n"
					+ "ROLE_ADMIN > ROLE_METRICS");
	}

	/**
	 * Puts the CSRF token cookie on the responses of the console and its API, so the
	 * console page can read it; citizens' endpoints and health checks need none.
	 */
	private static final class CsrfCookieFilter extends OncePerRequestFilter {

		private final RequestMatcher exempt = citizenOrBasicAuth();

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return this.exempt.matches(request) || under("/actuator/").matches(request);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			if (token != null) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

	}

}
