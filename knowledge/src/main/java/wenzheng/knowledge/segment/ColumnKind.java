package wenzheng.knowledge.segment;

/**
 * Which column of a task-list table a line belongs to.
 */
enum ColumnKind {

	BODY, RESPONSIBLE, DEADLINE, DELIVERABLE

}
