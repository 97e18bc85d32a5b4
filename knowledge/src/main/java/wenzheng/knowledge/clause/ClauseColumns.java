package wenzheng.knowledge.clause;

/**
 * The table columns a task-list row carries besides its text. Each is {@code null} when
 * the text has none.
 *
 * @param responsible 责任单位 / 牵头部门
 * @param deadline 完成时限 / 时限要求
 * @param deliverable 可检视成果
 */
public record ClauseColumns(String responsible, String deadline, String deliverable) {

	public static final ClauseColumns NONE = new ClauseColumns(null, null, null);

	public boolean isEmpty() {
		return this.responsible == null && this.deadline == null && this.deliverable == null;
	}

}
