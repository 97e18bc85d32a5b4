/**
 * Evaluation: question sets in the eval format, the scorer, a stock BM25 baseline, the
 * retrieval check and the printed report with its precision/coverage trade-off curve.
 */
package wenzheng.index.eval;
