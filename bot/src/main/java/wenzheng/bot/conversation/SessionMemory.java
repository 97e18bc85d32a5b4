package wenzheng.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What the bot remembers of a conversation between two messages: the question it asked
 * back about ("哪个地区的？"), for 30 minutes. It is read from the session's latest turn, which
 * every instance sees, so the citizen's answer may reach another instance than the
 * question did; once the answer is recorded, the question asked back is no longer the
 * latest turn and is forgotten.
 */
@Component
class SessionMemory {

	static final Duration TTL = Duration.ofMinutes(30);

	private final TurnRepository turns;

	private final Clock clock;

	SessionMemory(TurnRepository turns, Clock clock) {
		this.turns = turns;
		this.clock = clock;
	}

	/**
	 * The question the bot asked back about, when that is the session's latest turn and
	 * recent.
	 */
	Optional<String> askedBack(Inquiry inquiry) {
		return this.turns.recent(inquiry.channel(), inquiry.sessionId(), 1)
			.stream()
			.filter(turn -> turn.type() == ReplyType.CLARIFY && turn.at().plus(TTL).isAfter(this.clock.instant()))
			.map(TurnRepository.Turn::question)
			.findFirst();
	}

}
