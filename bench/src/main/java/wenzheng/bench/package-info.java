/**
 * JMH benchmarks: the in-process answer pipeline against raw Lucene search of the same
 * questions.
 */
package wenzheng.bench;
