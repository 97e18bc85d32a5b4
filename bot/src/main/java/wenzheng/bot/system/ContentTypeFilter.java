package wenzheng.bot.system;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose {@code Content-Type} names no concrete type
 * ({@code *}/{@code *}, {@code application/*}) or cannot be read at all, with a 415
 * problem in Chinese: Spring's message converters would otherwise fail on it with an
 * exception that ends as a 500.
 */
@Component
class ContentTypeFilter extends OncePerRequestFilter {

	private final ProblemWriter problems;

	ContentTypeFilter(ObjectMapper json) {
		this.problems = new ProblemWriter(json);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = problem(request.getContentType());
		if (problem == null) {
			chain.doFilter(request, response);
			return;
		}
		this.problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型", problem);
	}

	/**
	 * What is wrong with a request's content type, or {@code null} when nothing is.
	 */
	static String problem(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return null;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			if (type.isWildcardType() || type.isWildcardSubtype()) {
				return "内容类型不能含通配符“*”，请写明具体类型，例如 application/json";
			}
			return null;
		}
		catch (InvalidMediaTypeException ex) {
			return "无法识别的内容类型，请写明具体类型，例如 application/json";
		}
	}

}
