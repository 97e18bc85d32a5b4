package wenzheng.index.answer;

/**
 * A clause an answer is taken from.
 *
 * @param documentId the document
 * @param title its title
 * @param section the item within it
 * @param excerpt the clause text, shortened
 */
public record Source(String documentId, String title, String section, String excerpt) {

}
