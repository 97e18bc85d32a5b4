/**
 * Stored meaning vectors of texts, by model and a key of the text.
 */
package wenzheng.knowledge.vector;
