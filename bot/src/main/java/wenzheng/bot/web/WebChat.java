package wenzheng.bot.web;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import wenzheng.bot.conversation.BotReply;
import wenzheng.bot.conversation.ConversationService;
import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.system.RateLimits;

/**
 * A question from the web chat, in the session the server issued for it: one the caller
 * continues, or a new one when the caller names none, or one the server did not issue or
 * that expired. The new session and the turn are committed together.
 */
@Service
class WebChat {

	private final WebSessions sessions;

	private final ConversationService conversation;

	private final RateLimits limits;

	WebChat(WebSessions sessions, ConversationService conversation, RateLimits limits) {
		this.sessions = sessions;
		this.conversation = conversation;
		this.limits = limits;
	}

	@Transactional
	Asked ask(String question, String sessionId) {
		String session = this.sessions.known(sessionId) ? sessionId : this.sessions.issue();
		this.limits.session(session);
		return new Asked(session, this.conversation.reply(new Inquiry(question, session, Inquiry.WEB)));
	}

	record Asked(String sessionId, BotReply reply) {
	}

}
