/**
 * Cross-cutting parts of the app: API error responses and the jar's {@code eval} command.
 */
package wenzheng.bot.system;
