package wenzheng.bot.system;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per client address, web session and Telegram chat. Each allows
 * its limit a minute, refilled evenly; buckets of keys not seen for a few minutes are
 * forgotten, and at most {@value #MAX_KEYS} are kept, so a flood of new keys cannot
 * exhaust memory.
 */
@Component
public class RateLimits {

	private static final int MAX_KEYS = 100_000;

	private final Limit clients;

	private final Limit sessions;

	private final Limit chats;

	private final Limit chatNotices = new Limit(1, null);

	RateLimits(RateLimitProperties properties, MeterRegistry meters) {
		this.clients = new Limit(properties.perClientPerMinute(), refusals(meters, "client"));
		this.sessions = new Limit(properties.perSessionPerMinute(), refusals(meters, "session"));
		this.chats = new Limit(properties.perChatPerMinute(), refusals(meters, "chat"));
	}

	private static Counter refusals(MeterRegistry meters, String scope) {
		return Counter.builder("wenzheng.rate.limit.refusals")
			.description("Requests refused with 429 because their client, web session or chat asked too often")
			.tag("scope", scope)
			.register(meters);
	}

	/**
	 * Counts a request from a client address.
	 * @throws RateLimited when the address asked too often
	 */
	public void client(String address) {
		this.clients.consume(address);
	}

	/**
	 * Counts a question in a web session.
	 * @throws RateLimited when the session asked too often
	 */
	public void session(String sessionId) {
		this.sessions.consume(sessionId);
	}

	/**
	 * Counts a message from a Telegram chat.
	 * @throws RateLimited when the chat wrote too often
	 */
	public void chat(long chatId) {
		this.chats.consume(Long.toString(chatId));
	}

	/**
	 * Whether a chat over its limit should be told so: once a minute, so that a flood
	 * does not turn into a flood of notices.
	 */
	public boolean noticeDue(long chatId) {
		return this.chatNotices.probe(Long.toString(chatId)).isConsumed();
	}

	private static final class Limit {

		private final int perMinute;

		private final Counter refused;

		private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
			.maximumSize(MAX_KEYS)
			.expireAfterAccess(Duration.ofMinutes(5))
			.build();

		Limit(int perMinute, Counter refused) {
			this.perMinute = perMinute;
			this.refused = refused;
		}

		void consume(String key) {
			if (this.perMinute == 0) {
				return;
			}
			ConsumptionProbe probe = probe(key);
			if (!probe.isConsumed()) {
				this.refused.increment();
				throw new RateLimited(Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}
		}

		ConsumptionProbe probe(String key) {
			return this.buckets.get(key, this::bucket).tryConsumeAndReturnRemaining(1);
		}

		private Bucket bucket(String key) {
			return Bucket.builder()
				.addLimit(limit -> limit.capacity(this.perMinute).refillGreedy(this.perMinute, Duration.ofMinutes(1)))
				.build();
		}

	}

}
