package wenzheng.knowledge.progress;

import java.time.Duration;

import org.slf4j.Logger;

/**
 * Logs the progress of a long run at most every few seconds: items done, items and
 * characters per second, and the time left when the total is known.
 */
public final class ProgressLog {

	private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

	private final Logger log;

	private final String what;

	private final long total;

	private final long start = System.nanoTime();

	private long lastLogged = this.start;

	private long items;

	private long size;

	private final String unit;

	/**
	 * @param log where to log
	 * @param what what is counted, e.g. "Import"
	 * @param total how many items there will be, or a negative number when unknown
	 * @param unit what the size of an item is measured in, e.g. "characters"
	 */
	public ProgressLog(Logger log, String what, long total, String unit) {
		this.log = log;
		this.what = what;
		this.total = total;
		this.unit = unit;
	}

	/**
	 * Counts one item of the given size and logs when the last line is old enough.
	 */
	public void step(long itemSize) {
		this.items++;
		this.size += itemSize;
		long now = System.nanoTime();
		if (now - this.lastLogged >= EVERY_NANOS) {
			this.lastLogged = now;
			this.log.info(line(now));
		}
	}

	/**
	 * The progress so far as one line.
	 */
	String line(long now) {
		double seconds = Math.max((now - this.start) / 1e9, 1e-3);
		double perSecond = this.items / seconds;
		String rate = "%s: %d%s done, %.0f/s, %.0f %s/s".formatted(this.what, this.items,
				this.total >= 0 ? "/" + this.total : "", perSecond, this.size / seconds, this.unit);
		if (this.total >= 0 && perSecond > 0) {
			return rate + ", about %d s left".formatted(Math.round(Math.max(this.total - this.items, 0) / perSecond));
		}
		return rate;
	}

}
