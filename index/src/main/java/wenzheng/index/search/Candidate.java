package wenzheng.index.search;

import java.util.Arrays;
import java.util.List;

import wenzheng.knowledge.clause.ClauseColumns;

/**
 * A clause found for a question.
 *
 * @param documentId its document
 * @param ordinal its position in the document
 * @param title the document title
 * @param jurisdiction the document's jurisdiction, or {@code null}
 * @param year the document's year, or {@code null}
 * @param headingPath headings above it, outermost (the title) first
 * @param text its text
 * @param columns its table columns
 * @param fullText everything a citizen could read in it: headings, text and columns
 * @param score the retrieval score
 */
public record Candidate(String documentId, int ordinal, String title, String jurisdiction, Integer year,
		List<String> headingPath, String text, ClauseColumns columns, String fullText, float score) {

	/**
	 * A candidate with its full text composed once: ranking reads it many times per
	 * question.
	 */
	public static Candidate of(String documentId, int ordinal, String title, String jurisdiction, Integer year,
			List<String> headingPath, String text, ClauseColumns columns) {
		StringBuilder all = new StringBuilder();
		headingPath.forEach(heading -> all.append(heading).append('\n'));
		all.append(text);
		for (String column : new String[] { columns.responsible(), columns.deadline(), columns.deliverable() }) {
			if (column != null) {
				all.append('\n').append(column);
			}
		}
		return new Candidate(documentId, ordinal, title, jurisdiction, year, List.copyOf(headingPath), text, columns,
				all.toString(), 0);
	}

	/**
	 * What makes two candidates one clause: the same notice imported twice (the same text
	 * of the same jurisdiction) would otherwise take two places among the few candidates.
	 */
	public List<String> sameClause() {
		return Arrays.asList(this.jurisdiction, this.text);
	}

	public Candidate withScore(float newScore) {
		return new Candidate(this.documentId, this.ordinal, this.title, this.jurisdiction, this.year, this.headingPath,
				this.text, this.columns, this.fullText, newScore);
	}

	/**
	 * The headings above the clause, the title first, one a line: what the whole clause
	 * is about.
	 */
	public String headings() {
		return String.join("\n", this.headingPath);
	}

	/**
	 * The item's own heading, for a citation.
	 */
	public String section() {
		return this.headingPath.size() > 1 ? this.headingPath.get(this.headingPath.size() - 1) : "";
	}

}
