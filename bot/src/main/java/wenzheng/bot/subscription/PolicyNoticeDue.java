package wenzheng.bot.subscription;

/**
 * Published for each chat to be told about a new policy; the Telegram channel puts it in
 * its outbox.
 *
 * @param chatId the chat
 * @param text the notice, plain text
 */
public record PolicyNoticeDue(long chatId, String text) {

}
