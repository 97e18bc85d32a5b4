/**
 * Retrieval: term queries built from analyzer tokens (never query-parser syntax) and the
 * candidate clauses they find.
 */
package wenzheng.index.search;
