package wenzheng.knowledge.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import wenzheng.knowledge.clause.ClauseColumns;

/**
 * Reads the responsible unit that task-division plans written as prose put in brackets at
 * the end of an item: "…明晰权力边界。（管委会办公室牵头落实）".
 */
final class TrailingResponsible {

	private static final Pattern TRAILING = Pattern
		.compile("[（(]([^（）()]{2,80}?(?:牵头落实|负责落实|分别落实|牵头负责|负责|牵头|落实|配合))[）)][。；;]?\\s*$");

	private TrailingResponsible() {
	}

	static ClauseColumns read(String text, ClauseColumns columns) {
		if (columns.responsible() != null) {
			return columns;
		}
		Matcher matcher = TRAILING.matcher(text);
		if (!matcher.find()) {
			return columns;
		}
		return new ClauseColumns(matcher.group(1), columns.deadline(), columns.deliverable());
	}

}
