/**
 * The Telegram channel: long polling or webhook updates in, answers and hotline replies
 * out through a database outbox that respects Telegram's rate limits. Off unless
 * {@code wenzheng.telegram.token} is set.
 */
package wenzheng.bot.telegram;
