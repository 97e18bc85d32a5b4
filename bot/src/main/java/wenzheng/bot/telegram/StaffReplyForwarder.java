package wenzheng.bot.telegram;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.hotline.StaffReplied;
import wenzheng.bot.hotline.TicketMerged;
import wenzheng.bot.hotline.TicketRating;

/**
 * Sends a staff reply to the Telegram chat the question came from, quoting the question,
 * with buttons for the five rating levels, and tells a chat its request was merged. It
 * runs inside the reply's transaction: the reply and its outgoing message are stored
 * together.
 */
class StaffReplyForwarder {

	private final TelegramSender sender;

	StaffReplyForwarder(TelegramSender sender) {
		this.sender = sender;
	}

	@EventListener
	void on(StaffReplied replied) {
		Long chat = chat(replied.channel(), replied.sessionId());
		if (chat == null) {
			return;
		}
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
		return new InlineKeyboardMarkup(List.of(
				new InlineKeyboardRow(button(number, TicketRating.VERY_SATISFIED),
						button(number, TicketRating.SATISFIED), button(number, TicketRating.FAIR)),
				new InlineKeyboardRow(button(number, TicketRating.UNSATISFIED),
						button(number, TicketRating.VERY_UNSATISFIED))));
	}

	private static InlineKeyboardButton button(String number, TicketRating rating) {
		return TelegramReplies.button(rating.label(), CallbackData.rating(number, rating.level()));
	}

	/**
	 * Tells the chat that its request was merged with the same request of others (并单):
	 * the main ticket's number only.
	 */
	@EventListener
	void on(TicketMerged merged) {
		Long chat = chat(merged.channel(), merged.sessionId());
		if (chat != null) {
			this.sender.send(new OutgoingMessage(chat, TelegramReplies.escape("您的诉求（工单 " + merged.number()
					+ "）与其他市民的相同诉求合并办理，主工单号 " + merged.mainNumber() + "。答复后会在这里通知您，您可以单独评价。"), null, merged.number()));
		}
	}

	private static Long chat(String channel, String sessionId) {
		if (!Inquiry.TELEGRAM.equals(channel) || sessionId == null || !sessionId.matches("tg:-?\\d{1,19}")) {
			return null;
		}
		return Long.parseLong(sessionId.substring(3));
	}

	private static String abbreviate(String question) {
		return question.length() <= 300 ? question : question.substring(0, 300) + "…";
	}

}
