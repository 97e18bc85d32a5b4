/**
 * Answering: ranking candidates by how much of the question they cover, extracting the
 * sentence that answers, citing it, and deciding between answering, asking back and
 * handing over to the hotline.
 */
package wenzheng.index.answer;
