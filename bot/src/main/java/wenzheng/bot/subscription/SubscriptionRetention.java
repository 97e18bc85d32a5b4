package wenzheng.bot.subscription;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions are personal data: they, the notices sent and unfinished /subscribe
 * dialogues are deleted once older than {@code wenzheng.retention.days} (0 keeps them),
 * checked hourly. The confirmation of a subscription says so.
 */
@Component
class SubscriptionRetention {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionRetention.class);

	private final SubscriptionRepository repository;

	private final Clock clock;

	private final int days;

	SubscriptionRetention(SubscriptionRepository repository, Clock clock,
			@Value("${wenzheng.retention.days:0}") int days) {
		this.repository = repository;
		this.clock = clock;
		this.days = days;
	}

	@Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
	void purgeOnSchedule() {
		if (this.days > 0) {
			purge();
		}
	}

	@Transactional
	int purge() {
		int deleted = this.repository.purge(this.clock.instant().minus(Duration.ofDays(Math.max(this.days, 0))));
		if (deleted > 0) {
			log.info("Retention ({} days): deleted {} subscriptions", this.days, deleted);
		}
		return deleted;
	}

}
