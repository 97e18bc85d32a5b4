package wenzheng.knowledge.importer;

/**
 * A file to import.
 *
 * @param id the document id it will get: its path relative to the import root, without
 * extension
 * @param fileName the path as shown in reports
 * @param content the raw bytes
 */
public record SourceDocument(String id, String fileName, byte[] content) {

}
