package wenzheng.knowledge.document;

import java.time.Instant;

/**
 * One recorded state of a document.
 *
 * @param documentId the document
 * @param version 1 for the first recorded state, counting up
 * @param title its title then
 * @param validity its validity then
 * @param contentHash the hash of its file then
 * @param changedBy who made the change
 * @param change what changed, e.g. 上传导入 or 废止
 * @param changedAt when
 */
public record DocumentVersion(String documentId, int version, String title, Validity validity, String contentHash,
		String changedBy, String change, Instant changedAt) {

}
