/**
 * The citizen web chat: the page at {@code /} and its JSON API.
 */
package wenzheng.bot.web;
