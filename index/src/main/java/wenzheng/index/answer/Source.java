package wenzheng.index.answer;

/**
 * A clause an answer is taken from.
 *
 * @param documentId the document
 * @param title its title
 * @param section the item within it
 * @param excerpt the clause text, shortened
 * @param responsible the clause's 责任单位/牵头部门 column, or {@code null}
 */
public record Source(String documentId, String title, String section, String excerpt, String responsible) {

}
