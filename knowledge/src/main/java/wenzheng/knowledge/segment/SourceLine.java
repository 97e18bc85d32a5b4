package wenzheng.knowledge.segment;

/**
 * One non-empty line of a document after normalization.
 *
 * @param text the line, trimmed, with runs of white space collapsed to one space
 * @param cellStart whether the line opens a new table cell or paragraph (it followed an
 * empty line or started with a tab)
 */
record SourceLine(String text, boolean cellStart) {

	String compact() {
		return this.text.replace(" ", "");
	}

}
