/**
 * The channel-neutral conversation: a question in, a reply out; small talk, asking back
 * which place is meant, and handing over to the hotline.
 */
package wenzheng.bot.conversation;
