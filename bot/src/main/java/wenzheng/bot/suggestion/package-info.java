/**
 * Helping citizens ask: 热门问题 on an empty chat, 猜你想问 after an answer, and suggestions
 * while typing.
 */
package wenzheng.bot.suggestion;
