package wenzheng.bot.telegram;

import org.springframework.context.event.EventListener;

import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.hotline.StaffReplied;

/**
 * Sends a staff reply to the Telegram chat the question came from, quoting the question.
 * It runs inside the reply's transaction: the reply and its outgoing message are stored
 * together.
 */
class StaffReplyForwarder {

	private final TelegramSender sender;

	StaffReplyForwarder(TelegramSender sender) {
		this.sender = sender;
	}

	@EventListener
	void on(StaffReplied replied) {
		if (!Inquiry.TELEGRAM.equals(replied.channel()) || replied.sessionId() == null
				|| !replied.sessionId().matches("tg:-?\\d{1,19}")) {
			return;
		}
		long chat = Long.parseLong(replied.sessionId().substring(3));
		for (String part : MessageSplitter.split(replied.reply(), MessageSplitter.MAX_PART - 1000)) {
			String html = "<b>热线工作人员答复</b>（工单号 " + TelegramReplies.escape(replied.number()) + "）\n<blockquote>"
					+ TelegramReplies.escape(abbreviate(replied.question())) + "</blockquote>\n"
					+ TelegramReplies.escape(part);
			this.sender.send(new OutgoingMessage(chat, html, null, replied.number()));
		}
	}

	private static String abbreviate(String question) {
		return question.length() <= 300 ? question : question.substring(0, 300) + "…";
	}

}
