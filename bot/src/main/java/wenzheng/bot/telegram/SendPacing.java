package wenzheng.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;

/**
 * Telegram's sending limits: about 30 messages a second overall and one a second per
 * chat, and whatever pause a 429 answer asks for.
 */
class SendPacing {

	private final Bucket overall;

	private final Duration chatInterval;

	private final Clock clock;

	private final Map<Long, Instant> chatReady = new ConcurrentHashMap<>();

	SendPacing(int messagesPerSecond, Duration chatInterval, Clock clock) {
		this.overall = Bucket.builder()
			.addLimit(limit -> limit.capacity(messagesPerSecond).refillGreedy(messagesPerSecond, Duration.ofSeconds(1)))
			.build();
		this.chatInterval = chatInterval;
		this.clock = clock;
	}

	boolean chatReady(long chatId) {
		Instant ready = this.chatReady.get(chatId);
		return ready == null || !ready.isAfter(this.clock.instant());
	}

	/**
	 * Waits for a slot in the overall limit.
	 */
	void awaitSlot() throws InterruptedException {
		this.overall.asBlocking().consume(1);
	}

	void sentTo(long chatId) {
		this.chatReady.put(chatId, this.clock.instant().plus(this.chatInterval));
	}

	void pauseChat(long chatId, Duration pause) {
		this.chatReady.put(chatId, this.clock.instant().plus(pause));
	}

	/**
	 * Forgets chats whose pause is over, so the map holds only recent chats.
	 */
	void forgetIdleChats() {
		Instant now = this.clock.instant();
		for (Iterator<Instant> ready = this.chatReady.values().iterator(); ready.hasNext();) {
			if (ready.next().isBefore(now)) {
				ready.remove();
			}
		}
	}

}
