/**
 * A policy document, its metadata (文号, dates, validity, jurisdiction) and its storage.
 */
package wenzheng.knowledge.document;
