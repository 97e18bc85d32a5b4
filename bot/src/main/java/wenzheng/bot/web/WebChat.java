package wenzheng.bot.web;

import org.springframework.stereotype.Service;

import wenzheng.bot.conversation.BotReply;
import wenzheng.bot.conversation.ConversationService;
import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.system.RateLimits;

/**
 * A question from the web chat, in the session the server issued for it: one the caller
 * continues, or a new one when the caller names none, or one the server did not issue or
 * that expired. A new session is recorded by the turn of its first question.
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

	Asked ask(String question, String sessionId) {
		String session = this.sessions.known(sessionId) ? sessionId : this.sessions.issue();
		this.limits.session(session);
		return new Asked(session, this.conversation.reply(new Inquiry(question, session, Inquiry.WEB)));
	}

	record Asked(String sessionId, BotReply reply) {
	}

}
