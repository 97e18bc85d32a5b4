package wenzheng.bot.knowledgebase;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows the change feed: several instances share one database but each keeps its own
 * index replica, so each looks for other instances' changes every
 * {@code wenzheng.change-poll} and refreshes when there are any.
 */
@Component
class KnowledgeChangeFollower implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeChangeFollower.class);

	private final KnowledgeBase knowledgeBase;

	private final Duration interval;

	private volatile boolean running;

	private Thread thread;

	KnowledgeChangeFollower(KnowledgeBase knowledgeBase, KnowledgeBaseProperties properties) {
		this.knowledgeBase = knowledgeBase;
		this.interval = properties.changePoll();
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = Thread.ofPlatform().name("knowledge-changes").daemon().start(this::follow);
	}

	private void follow() {
		while (this.running) {
			try {
				Thread.sleep(this.interval);
				this.knowledgeBase.followChanges();
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Could not follow knowledge changes: {}", ex.getMessage());
			}
		}
	}

	@Override
	public void stop() {
		this.running = false;
		this.thread.interrupt();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
