/**
 * 政策找人: citizens subscribe to a place and a topic and are told when a matching policy is
 * published; the Atom feed and the public document page serve the same on the web.
 */
package wenzheng.bot.subscription;
