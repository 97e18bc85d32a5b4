package wenzheng.bot.telegram;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import wenzheng.bot.conversation.BotReply;
import wenzheng.bot.conversation.ReplyType;

/**
 * Renders the bot's replies as Telegram messages: HTML with everything from the knowledge
 * base or the citizen escaped, split below the length limit, and buttons under the last
 * part (feedback and 转人工 under answers, the places under a clarifying question).
 */
final class TelegramReplies {

	static final String HELPFUL = "👍 有帮助";

	static final String NOT_HELPFUL = "👎 没帮助";

	static final String HUMAN = "转人工";

	private TelegramReplies() {
	}

	static List<OutgoingMessage> render(long chatId, BotReply reply) {
		String text = reply.answer();
		InlineKeyboardMarkup keyboard = switch (reply.type()) {
			case ANSWER -> reply.turnId() == null ? null : answerKeyboard(reply.turnId());
			case CLARIFY -> optionsKeyboard(reply.options());
			default -> null;
		};
		List<String> parts = MessageSplitter.split(text);
		List<OutgoingMessage> messages = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			boolean last = i == parts.size() - 1;
			messages.add(new OutgoingMessage(chatId, html(parts.get(i), reply), last ? keyboard : null, null));
		}
		return messages;
	}

	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String html(String part, BotReply reply) {
		String html = escape(part);
		if (reply.type() == ReplyType.ESCALATED && reply.ticketId() != null) {
			String number = escape(reply.ticketId());
			html = html.replace(number, "<b>" + number + "</b>");
		}
		return html;
	}

	private static InlineKeyboardMarkup answerKeyboard(long turnId) {
		return new InlineKeyboardMarkup(List.of(
				new InlineKeyboardRow(button(HELPFUL, CallbackData.feedback(turnId, true)),
						button(NOT_HELPFUL, CallbackData.feedback(turnId, false))),
				new InlineKeyboardRow(button(HUMAN, CallbackData.human()))));
	}

	private static InlineKeyboardMarkup optionsKeyboard(List<String> options) {
		List<InlineKeyboardRow> rows = new ArrayList<>();
		for (String option : options) {
			rows.add(new InlineKeyboardRow(button(option, CallbackData.option(option))));
		}
		rows.add(new InlineKeyboardRow(button(HUMAN, CallbackData.human())));
		return new InlineKeyboardMarkup(rows);
	}

	static InlineKeyboardButton button(String text, String data) {
		return InlineKeyboardButton.builder().text(text).callbackData(data).build();
	}

}
