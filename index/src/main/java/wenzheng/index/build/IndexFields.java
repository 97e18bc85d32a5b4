package wenzheng.index.build;

/**
 * Names of the fields of a clause in the index.
 */
public final class IndexFields {

	/** Unique key: document id and ordinal. */
	public static final String KEY = "key";

	public static final String DOCUMENT_ID = "document_id";

	/**
	 * The key of the clause's embedded text ({@code EmbeddedText}), to find the clauses a
	 * nearest-neighbour search of meaning vectors returns.
	 */
	public static final String VECTOR_KEY = "vector_key";

	/** The document's id and fingerprint, to find what changed since it was indexed. */
	public static final String DOCUMENT_STATE = "document_state";

	public static final String ORDINAL = "ordinal";

	/** Clause text, word view. */
	public static final String TEXT = "text";

	/** Clause text, character-pair view. */
	public static final String TEXT_BIGRAM = "text_bigram";

	/** Headings above the clause and the document title, word view. */
	public static final String HEADING = "heading";

	/** Responsible unit, deadline and deliverable columns, word view. */
	public static final String COLUMNS = "columns";

	/**
	 * The kinds of figure, or the classification, the clause states ({@link FigureKind}),
	 * one exact term each.
	 */
	public static final String FIGURES = "figures";

	/** The document's jurisdiction as one exact term. */
	public static final String JURISDICTION = "jurisdiction";

	/** The document's year, exact term, when known. */
	public static final String YEAR = "year";

	public static final String NUMBER = "number";

	/** Stored headings, joined with {@link #HEADING_SEPARATOR}. */
	public static final String HEADING_PATH = "heading_path";

	/** Separates headings in {@link #HEADING_PATH}; never part of a heading. */
	public static final String HEADING_SEPARATOR = "\u001F";

	public static final String RESPONSIBLE = "responsible";

	public static final String DEADLINE = "deadline";

	public static final String DELIVERABLE = "deliverable";

	public static final String TITLE = "title";

	public static final String VALIDITY = "validity";

	private IndexFields() {
	}

}
