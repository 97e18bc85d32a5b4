package wenzheng.bot.hotline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The department a ticket should go to: the leading unit of the best clause that names a
 * responsible unit ("县政务公开办牵头，各部门配合" → 县政务公开办).
 */
final class DepartmentSuggestion {

	private static final Pattern LABEL = Pattern.compile("^(责任单位|牵头单位|牵头部门|责任部门)[:：]?");

	private static final Pattern SEPARATOR = Pattern.compile("牵头|负责|[，,、；;。\\s（(]");

	private static final int MAX_LENGTH = 40;

	private DepartmentSuggestion() {
	}

	static String from(List<CandidateClause> candidates) {
		for (CandidateClause candidate : candidates) {
			if (candidate.responsible() == null) {
				continue;
			}
			String unit = SEPARATOR.split(LABEL.matcher(candidate.responsible().strip()).replaceFirst("").strip(), 2)[0]
				.strip();
			if (!unit.isEmpty() && unit.length() <= MAX_LENGTH) {
				return unit;
			}
		}
		return null;
	}

}
