package wenzheng.knowledge.segment;

/**
 * What the table header rows of a document say about its columns. A document without
 * header rows is prose.
 *
 * @param table whether any table header row was seen
 * @param hasDeliverable whether the table has a 可检视成果 column
 */
record TableLayout(boolean table, boolean hasDeliverable) {

	static final TableLayout PROSE = new TableLayout(false, false);

}
