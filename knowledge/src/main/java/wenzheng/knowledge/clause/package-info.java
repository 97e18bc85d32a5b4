/**
 * Clauses: the numbered items of a document with their heading path and table columns,
 * and their storage.
 */
package wenzheng.knowledge.clause;
