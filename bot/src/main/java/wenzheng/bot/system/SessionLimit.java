package wenzheng.bot.system;

import org.apache.catalina.session.StandardManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Bounds the HTTP sessions an instance keeps (only staff logins create one): past the
 * bound, a new login is refused instead of memory running out.
 */
@Component
class SessionLimit implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final int maxSessions;

	SessionLimit(@Value("${wenzheng.max-sessions}") int maxSessions) {
		this.maxSessions = maxSessions;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			StandardManager manager = new StandardManager();
			manager.setMaxActiveSessions(this.maxSessions);
			context.setManager(manager);
		});
	}

}
