package wenzheng.bot.telegram;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.hotline.StaffReplied;

/**
 * Sends a staff reply to the Telegram chat the question came from, quoting the question,
 * with 满意/不满意 buttons. It runs inside the reply's transaction: the reply and its outgoing
 * message are stored together.
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
		List<String> parts = MessageSplitter.split(replied.reply(), MessageSplitter.MAX_PART - 1000);
		for (int i = 0; i < parts.size(); i++) {
			String html = "<b>热线工作人员答复</b>（工单号 " + TelegramReplies.escape(replied.number()) + "）\n<blockquote>"
					+ TelegramReplies.escape(abbreviate(replied.question())) + "</blockquote>\n"
					+ TelegramReplies.escape(parts.get(i));
			InlineKeyboardMarkup rating = i == parts.size() - 1 ? ratingKeyboard(replied.number()) : null;
			this.sender.send(new OutgoingMessage(chat, html, rating, replied.number()));
		}
	}

	private static InlineKeyboardMarkup ratingKeyboard(String number) {
		return new InlineKeyboardMarkup(
				List.of(new InlineKeyboardRow(TelegramReplies.button("满意", CallbackData.rating(number, true)),
						TelegramReplies.button("不满意", CallbackData.rating(number, false)))));
	}

	private static String abbreviate(String question) {
		return question.length() <= 300 ? question : question.substring(0, 300) + "…";
	}

}
