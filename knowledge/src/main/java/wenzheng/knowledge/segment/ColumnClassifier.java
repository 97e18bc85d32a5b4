package wenzheng.knowledge.segment;

import java.util.regex.Pattern;

/**
 * Fourth step, for tables: decides whether a line is task text or the value of the
 * responsible-unit, deadline or deliverable column. Extraction breaks those short cells
 * over several lines, so a short line that continues the previous line's column stays in
 * it.
 */
final class ColumnClassifier {

	private static final int CELL_LENGTH = 25;

	private static final int DEADLINE_LENGTH = 20;

	private static final int CONTINUATION_LENGTH = 12;

	private static final Pattern RESPONSIBLE_LABEL = Pattern
		.compile("^(牵头部门|牵头单位|责任单位|责任部门|配合部门|配合单位|落实部门|协办单位|主办单位)[:：].*");

	private static final Pattern RESPONSIBLE_WORDS = Pattern.compile("(牵头|配合|分别落实|负责落实|按照职能)|(落实|负责|牵)$");

	private static final Pattern UNIT = Pattern
		.compile(".*(部门|单位|局|办|委|部|处|室|政府|中心|站|科|分局|管委会|街道|乡镇|办事处|公司|院|所|队|校|馆)$");

	private static final Pattern DEADLINE = Pattern
		.compile("^\\d{4}年|日内|工作日|之日起|月底|年底|季度|(前|底|内|常态|常态化|全年|长期|持续|随时|每年|每月|完成|期间|以前)$");

	/**
	 * Classifies a line of a table.
	 * @param line the line
	 * @param previous the column of the line before
	 * @param next the line after, or {@code null} at the end
	 * @param layout the table's layout
	 */
	ColumnKind classify(SourceLine line, ColumnKind previous, SourceLine next, TableLayout layout) {
		String text = line.compact();
		if (RESPONSIBLE_LABEL.matcher(text).matches()) {
			return ColumnKind.RESPONSIBLE;
		}
		boolean shortCell = text.length() <= CELL_LENGTH && !text.contains("。");
		if (isDeadline(text)) {
			return ColumnKind.DEADLINE;
		}
		if (previous == ColumnKind.RESPONSIBLE && shortCell
				&& ((!line.cellStart() && text.length() <= CONTINUATION_LENGTH) || isResponsible(line.text()))) {
			return ColumnKind.RESPONSIBLE;
		}
		if (previous == ColumnKind.DEADLINE && text.length() <= CONTINUATION_LENGTH && !text.contains("。")) {
			return ColumnKind.DEADLINE;
		}
		if (text.length() <= DEADLINE_LENGTH && !text.contains("。") && previous != ColumnKind.BODY && next != null
				&& isDeadline(next.compact()) && !isResponsible(line.text())) {
			// The first line of a deadline cell broken before its keyword ("…等信息自作" /
			// "出行政决定之日起…").
			return ColumnKind.DEADLINE;
		}
		if (layout.hasDeliverable() && (previous == ColumnKind.DEADLINE || previous == ColumnKind.DELIVERABLE)) {
			return ColumnKind.DELIVERABLE;
		}
		if (shortCell && isResponsible(line.text())) {
			return ColumnKind.RESPONSIBLE;
		}
		return ColumnKind.BODY;
	}

	/**
	 * Whether a line, on its own, reads like a responsible-unit or deadline cell.
	 */
	boolean looksLikeColumn(String compact) {
		return compact.length() <= CELL_LENGTH && (isDeadline(compact) || isResponsible(compact));
	}

	private static boolean isDeadline(String compact) {
		return compact.length() <= DEADLINE_LENGTH && !compact.contains("。") && !compact.contains("，")
				&& DEADLINE.matcher(compact).find();
	}

	private static boolean isResponsible(String text) {
		String compact = text.replace(" ", "");
		if (RESPONSIBLE_WORDS.matcher(compact).find()) {
			return true;
		}
		String[] tokens = text.split("[ 、，,]+");
		int units = 0;
		for (String token : tokens) {
			if (UNIT.matcher(token).matches()) {
				units++;
			}
		}
		return units * 2 > tokens.length;
	}

}
