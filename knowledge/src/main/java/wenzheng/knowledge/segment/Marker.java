package wenzheng.knowledge.segment;

/**
 * A numbering mark at the start of a line.
 *
 * @param level nesting depth: 1 for "一、" and chapters, 2 for "（一）" and sections, 3 for
 * "1、", rows and articles, 4 for "（1）", 5 for "①"
 * @param label the mark as written, e.g. "（一）"
 * @param rest the text after the mark
 * @param row the row number when the mark is a bare task-list row number, else -1
 */
record Marker(int level, String label, String rest, int row) {

	static final int ITEM_LEVEL = 3;

	/**
	 * Whether the mark is a structural unit of a regulation (编, 章, 节, 条) rather than an
	 * enumeration.
	 */
	boolean structural() {
		return this.label.startsWith("第") || this.label.isEmpty();
	}

}
