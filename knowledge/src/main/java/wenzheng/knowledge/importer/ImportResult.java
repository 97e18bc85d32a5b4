package wenzheng.knowledge.importer;

/**
 * The outcome for one file.
 *
 * @param fileName the file
 * @param outcome what happened
 * @param clauses how many clauses were stored (0 unless imported or updated)
 * @param message why it failed or which document it duplicates, else {@code null}
 */
public record ImportResult(String fileName, ImportOutcome outcome, int clauses, String message) {

}
