/**
 * The semantic reading of questions and clauses: a Chinese sentence embedding model run
 * in-process, clause vectors kept packed in memory, and the cosine of a question with its
 * candidate clauses as a ranking feature.
 */
package wenzheng.index.semantic;
