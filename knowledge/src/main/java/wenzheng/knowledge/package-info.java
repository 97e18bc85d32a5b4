/**
 * Policy documents and their clauses: the model, segmentation of raw text, import and
 * storage.
 */
package wenzheng.knowledge;
