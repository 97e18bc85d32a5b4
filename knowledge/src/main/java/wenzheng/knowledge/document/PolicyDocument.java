package wenzheng.knowledge.document;

import java.time.Instant;

/**
 * A policy document in the knowledge base.
 *
 * @param id stable id: the source path without extension, relative to the import folder
 * @param metadata what the document says about itself
 * @param validity whether it is still in force
 * @param sourceFile the file it was imported from
 * @param contentHash SHA-256 of the file's bytes, used to skip unchanged re-imports
 * @param segmenterVersion the version of the segmentation its clauses were made with
 * @param importedAt when it was stored
 */
public record PolicyDocument(String id, DocumentMetadata metadata, Validity validity, String sourceFile,
		String contentHash, int segmenterVersion, Instant importedAt) {

	public String title() {
		return this.metadata.title();
	}

	public String jurisdiction() {
		return this.metadata.jurisdiction();
	}

}
