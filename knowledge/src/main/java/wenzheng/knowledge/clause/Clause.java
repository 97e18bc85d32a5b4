package wenzheng.knowledge.clause;

import java.util.List;

/**
 * One numbered item (or paragraph) of a policy document.
 *
 * @param documentId the document it belongs to
 * @param ordinal its position in the document, from 0
 * @param number its numbering as written ("（一）", "24.", "第十条"), or an empty string for a
 * paragraph
 * @param headingPath the headings above it, outermost first, ending with the item itself
 * @param text the item's text with broken lines joined
 * @param columns the table columns of its row
 */
public record Clause(String documentId, int ordinal, String number, List<String> headingPath, String text,
		ClauseColumns columns) {

	public Clause {
		headingPath = List.copyOf(headingPath);
	}

	/**
	 * The innermost heading: the item itself, used as the "section" of a citation.
	 */
	public String section() {
		return this.headingPath.isEmpty() ? this.number : this.headingPath.get(this.headingPath.size() - 1);
	}

}
