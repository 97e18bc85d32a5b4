package wenzheng.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import wenzheng.index.question.Question;

/**
 * What the bot remembers of each conversation between two messages: the question it asked
 * back about. Bounded in size and time, so abandoned sessions cost nothing.
 */
@Component
class SessionMemory {

	static final int MAX_SESSIONS = 10_000;

	static final Duration TTL = Duration.ofMinutes(30);

	private final Clock clock;

	private final Map<String, Pending> pending = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
			return size() > MAX_SESSIONS;
		}
	};

	SessionMemory(Clock clock) {
		this.clock = clock;
	}

	synchronized void askedBack(Inquiry inquiry, Question question) {
		this.pending.put(key(inquiry), new Pending(question, this.clock.instant()));
	}

	/**
	 * The question asked back about in this session, forgotten once taken.
	 */
	synchronized Optional<Question> takePending(Inquiry inquiry) {
		Pending entry = this.pending.remove(key(inquiry));
		if (entry == null || entry.at().plus(TTL).isBefore(this.clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(entry.question());
	}

	private static String key(Inquiry inquiry) {
		return inquiry.channel() + '\u0000' + inquiry.sessionId();
	}

	private record Pending(Question question, Instant at) {
	}

}
