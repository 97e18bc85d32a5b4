/**
 * The Lucene side of the bot: analysis, index building, retrieval, question reading,
 * answering and evaluation.
 */
package wenzheng.index;
