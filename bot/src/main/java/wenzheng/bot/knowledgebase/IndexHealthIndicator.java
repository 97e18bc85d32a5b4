package wenzheng.bot.knowledgebase;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the knowledge base: UP once it is imported and indexed, so that a load
 * balancer sends questions only to instances that can answer them.
 */
@Component("index")
class IndexHealthIndicator implements HealthIndicator {

	private final KnowledgeBase knowledgeBase;

	IndexHealthIndicator(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	@Override
	public Health health() {
		if (this.knowledgeBase.isReady()) {
			return Health.up()
				.withDetail("documents", this.knowledgeBase.documentCount())
				.withDetail("clauses", this.knowledgeBase.clauseCount())
				.build();
		}
		Health.Builder builder = Health.down();
		this.knowledgeBase.failure()
			.ifPresentOrElse(reason -> builder.withDetail("error", reason),
					() -> builder.withDetail("status", "loading"));
		return builder.build();
	}

}
