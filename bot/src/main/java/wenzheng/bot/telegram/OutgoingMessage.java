package wenzheng.bot.telegram;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * A message for a chat, in Telegram's HTML parse mode.
 *
 * @param chatId the chat
 * @param html the text, with everything not meant as markup escaped
 * @param keyboard the buttons under it, or {@code null}
 * @param ticketNumber the ticket whose reply it delivers, or {@code null}
 */
record OutgoingMessage(long chatId, String html, InlineKeyboardMarkup keyboard, String ticketNumber) {

	OutgoingMessage(long chatId, String html) {
		this(chatId, html, null, null);
	}

}
