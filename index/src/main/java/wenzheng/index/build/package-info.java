/**
 * Clause to Lucene document mapping, the on-disk index, and its rebuild and staleness
 * check.
 */
package wenzheng.index.build;
