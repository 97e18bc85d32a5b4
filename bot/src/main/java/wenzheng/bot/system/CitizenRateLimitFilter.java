package wenzheng.bot.system;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the requests one client address makes to the citizens' endpoints, before any
 * other work: 429 with {@code Retry-After} and a Chinese message. Behind a proxy the
 * address comes from {@code X-Forwarded-For} (server.forward-headers-strategy).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CitizenRateLimitFilter extends OncePerRequestFilter {

	private final RateLimits limits;

	private final ObjectMapper json;

	CitizenRateLimitFilter(RateLimits limits, ObjectMapper json) {
		this.limits = limits;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/api/ask") || path.startsWith("/api/sessions/") || path.startsWith("/api/public/")
				|| path.equals("/api/suggest") || path.equals("/api/hot-questions") || path.startsWith("/feeds/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			this.limits.client(request.getRemoteAddr());
		}
		catch (RateLimited ex) {
			tooMany(response, ex);
			return;
		}
		chain.doFilter(request, response);
	}

	private void tooMany(HttpServletResponse response, RateLimited ex) throws IOException {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getWriter(), ex.problem());
	}

}
