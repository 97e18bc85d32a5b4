/**
 * The hotline queue: tickets for questions the bot hands to staff, and staff replies.
 */
package wenzheng.bot.hotline;
