/**
 * Curated questions and answers, with alternative phrasings, matched before clauses.
 */
package wenzheng.knowledge.faq;
