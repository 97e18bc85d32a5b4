package wenzheng.knowledge.importer;

/**
 * What happened to one imported file.
 */
public enum ImportOutcome {

	/** A new document was stored. */
	IMPORTED,
	/** A stored document with the same id had different content and was replaced. */
	UPDATED,
	/** The same content is already stored under this id. */
	UNCHANGED,
	/** The same content is already stored under another id. */
	DUPLICATE,
	/** The file could not be read as a document; nothing was changed. */
	FAILED

}
