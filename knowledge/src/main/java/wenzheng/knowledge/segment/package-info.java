/**
 * Segmentation: turns raw document text into clauses through small ordered steps
 * (normalize lines, drop repeated table headers, read numbering, sort table cells into
 * columns, assemble heading paths).
 */
package wenzheng.knowledge.segment;
