/**
 * Import of document files into the knowledge base: reading folders, decoding,
 * idempotency by content hash, and a report of what happened to each file.
 */
package wenzheng.knowledge.importer;
