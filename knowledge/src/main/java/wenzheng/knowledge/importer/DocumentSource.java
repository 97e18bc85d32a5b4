package wenzheng.knowledge.importer;

/**
 * Files to import, read one at a time, whose number is known before reading them.
 */
public interface DocumentSource extends Iterable<SourceDocument> {

	int size();

}
