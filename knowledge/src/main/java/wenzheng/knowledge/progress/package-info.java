/**
 * Progress logging for long imports and index builds.
 */
package wenzheng.knowledge.progress;
