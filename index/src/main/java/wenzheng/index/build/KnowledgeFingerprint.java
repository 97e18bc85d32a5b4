package wenzheng.index.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import wenzheng.knowledge.document.PolicyDocument;

/**
 * A digest of what the index is built from: every document's id, content hash,
 * segmentation version, validity and metadata, and the index schema version. Equal
 * fingerprints mean the index needs no rebuild.
 */
public final class KnowledgeFingerprint {

	private KnowledgeFingerprint() {
	}

	public static String of(List<PolicyDocument> documents) {
		MessageDigest digest = sha256();
		digest.update(("schema " + ClauseIndex.SCHEMA_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
		documents.stream()
			.sorted(Comparator.comparing(PolicyDocument::id))
			.forEach(document -> digest.update(line(document).getBytes(StandardCharsets.UTF_8)));
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * A digest of one document as it is indexed.
	 */
	public static String ofDocument(PolicyDocument document) {
		return HexFormat.of().formatHex(sha256().digest(line(document).getBytes(StandardCharsets.UTF_8)), 0, 12);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	private static String line(PolicyDocument document) {
		return document.id() + "\t" + document.contentHash() + "\t" + document.segmenterVersion() + "\t"
				+ document.validity() + "\t" + document.metadata() + "\n";
	}

}
