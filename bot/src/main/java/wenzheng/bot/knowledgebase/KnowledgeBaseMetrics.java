package wenzheng.bot.knowledgebase;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * What this instance answers from: documents, indexed clauses and clause vectors still to
 * compute.
 */
@Component
class KnowledgeBaseMetrics implements MeterBinder {

	private final KnowledgeBase knowledgeBase;

	private final ClauseEmbeddings embeddings;

	KnowledgeBaseMetrics(KnowledgeBase knowledgeBase, ClauseEmbeddings embeddings) {
		this.knowledgeBase = knowledgeBase;
		this.embeddings = embeddings;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("wenzheng.index.documents", this.knowledgeBase, KnowledgeBase::documentCount)
			.description("Documents in the knowledge base")
			.register(registry);
		Gauge.builder("wenzheng.index.clauses", this.knowledgeBase, KnowledgeBase::clauseCount)
			.description("Clauses in this instance's index")
			.register(registry);
		Gauge.builder("wenzheng.semantic.vector.backlog", this.embeddings, ClauseEmbeddings::backlog)
			.description("Clauses waiting for a meaning vector (semantic reading)")
			.register(registry);
	}

}
