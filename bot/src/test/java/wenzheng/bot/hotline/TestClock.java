package wenzheng.bot.hotline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock tests set and move; it starts on Sunday 2026-03-15 10:00 Beijing time.
 */
final class TestClock extends Clock {

	static final Instant START = Instant.parse("2026-03-15T02:00:00Z");

	private volatile Instant now = START;

	void set(Instant instant) {
		this.now = instant;
	}

	void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneId.of("Asia/Shanghai");
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
