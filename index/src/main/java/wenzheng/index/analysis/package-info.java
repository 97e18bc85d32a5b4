/**
 * Analyzers for policy text and questions, built as chains of small token filters.
 */
package wenzheng.index.analysis;
