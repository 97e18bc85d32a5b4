/**
 * The hotline: tickets for questions the bot hands to staff, worked as 12345 centres do —
 * the queue and replies, five-level ratings with callbacks and appeals, merged repeats,
 * co-handling, returns and dispatch by catalogue, and the figures.
 */
package wenzheng.bot.hotline;
