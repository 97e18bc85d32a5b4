/**
 * The editors' side of the knowledge base: the FAQ, the citizen-wording dictionary and
 * the report of questions the bot could not answer well. Changes apply at once, without a
 * restart.
 */
package wenzheng.bot.editor;
