package wenzheng.bot.knowledgebase;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the knowledge base in the background once the app is up, so the web server
 * answers health checks (DOWN until ready) while a large import runs.
 */
@Component
@Profile("!eval")
class KnowledgeLoader {

	private final KnowledgeBase knowledgeBase;

	KnowledgeLoader(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadInBackground() {
		Thread.ofPlatform().name("knowledge-loader").daemon(true).start(this::loadQuietly);
	}

	private void loadQuietly() {
		try {
			this.knowledgeBase.load();
		}
		catch (RuntimeException ex) {
			// Already logged by the knowledge base; health stays DOWN with the reason.
		}
	}

}
