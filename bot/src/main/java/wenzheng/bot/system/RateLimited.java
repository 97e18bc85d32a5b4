package wenzheng.bot.system;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A citizen asked more often than the limits allow; answered with 429 and
 * {@code Retry-After}.
 */
public class RateLimited extends RuntimeException {

	private final Duration retryAfter;

	public RateLimited(Duration retryAfter) {
		super("您的提问太频繁了，请 %d 秒后再试。".formatted(seconds(retryAfter)));
		this.retryAfter = retryAfter;
	}

	public long retryAfterSeconds() {
		return seconds(this.retryAfter);
	}

	/**
	 * The 429 answer's body.
	 */
	ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, getMessage());
		problem.setTitle("请求过于频繁");
		return problem;
	}

	private static long seconds(Duration duration) {
		return Math.max(1, (duration.toMillis() + 999) / 1000);
	}

}
