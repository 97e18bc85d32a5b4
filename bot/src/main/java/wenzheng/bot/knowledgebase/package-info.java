/**
 * The knowledge base inside the app: import on start, the clause index and its rebuilds,
 * readiness, and the current answerer.
 */
package wenzheng.bot.knowledgebase;
