/**
 * The change feed of the knowledge base, shared by every app instance through the
 * database.
 */
package wenzheng.knowledge.change;
