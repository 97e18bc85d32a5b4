package wenzheng.index.build;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.clause.ClauseColumns;
import wenzheng.knowledge.document.PolicyDocument;
import wenzheng.knowledge.vector.EmbeddedText;

/**
 * Turns a clause and its document into a Lucene document.
 */
final class ClauseDocuments {

	private ClauseDocuments() {
	}

	static String key(String documentId, int ordinal) {
		return documentId + "#" + ordinal;
	}

	/**
	 * The document's id and fingerprint: any change of its text, segmentation, validity
	 * or metadata changes it.
	 */
	static String state(PolicyDocument policy) {
		return policy.id() + IndexFields.HEADING_SEPARATOR + KnowledgeFingerprint.ofDocument(policy);
	}

	static Document toDocument(PolicyDocument policy, Clause clause) {
		Document doc = new Document();
		doc.add(new StringField(IndexFields.KEY, key(policy.id(), clause.ordinal()), Field.Store.YES));
		doc.add(new StringField(IndexFields.DOCUMENT_ID, policy.id(), Field.Store.YES));
		doc.add(new StringField(IndexFields.DOCUMENT_STATE, state(policy), Field.Store.NO));
		doc.add(new StoredField(IndexFields.ORDINAL, clause.ordinal()));
		doc.add(new StringField(IndexFields.VECTOR_KEY,
				EmbeddedText.keyOf(policy.title(), clause.headingPath(), clause.text(), clause.columns()),
				Field.Store.NO));
		doc.add(new TextField(IndexFields.TEXT, clause.text(), Field.Store.YES));
		doc.add(new TextField(IndexFields.TEXT_BIGRAM, clause.text(), Field.Store.NO));
		List<String> headings = clause.headingPath();
		String headingText = String.join(" ", headings);
		doc.add(new TextField(IndexFields.HEADING, headingText, Field.Store.NO));
		doc.add(new StoredField(IndexFields.HEADING_PATH, String.join(IndexFields.HEADING_SEPARATOR, headings)));
		String columns = columnsText(clause.columns());
		doc.add(new TextField(IndexFields.COLUMNS, columns, Field.Store.NO));
		for (FigureKind kind : FigureKind.statedIn(clause.text() + "\n" + columns)) {
			doc.add(new StringField(IndexFields.FIGURES, kind.name(), Field.Store.NO));
		}
		storeIfPresent(doc, IndexFields.RESPONSIBLE, clause.columns().responsible());
		storeIfPresent(doc, IndexFields.DEADLINE, clause.columns().deadline());
		storeIfPresent(doc, IndexFields.DELIVERABLE, clause.columns().deliverable());
		doc.add(new StoredField(IndexFields.NUMBER, clause.number()));
		doc.add(new StoredField(IndexFields.TITLE, policy.title()));
		doc.add(new StoredField(IndexFields.VALIDITY, policy.validity().name()));
		if (policy.jurisdiction() != null) {
			doc.add(new StringField(IndexFields.JURISDICTION, policy.jurisdiction(), Field.Store.YES));
		}
		if (policy.metadata().year() != null) {
			doc.add(new StringField(IndexFields.YEAR, policy.metadata().year().toString(), Field.Store.YES));
		}
		return doc;
	}

	private static String columnsText(ClauseColumns columns) {
		return Stream.of(columns.responsible(), columns.deadline(), columns.deliverable())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" "));
	}

	private static void storeIfPresent(Document doc, String field, String value) {
		if (value != null) {
			doc.add(new StoredField(field, value));
		}
	}

}
