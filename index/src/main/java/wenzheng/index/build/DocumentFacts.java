package wenzheng.index.build;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.clause.ClauseColumns;
import wenzheng.knowledge.document.DocumentMetadata;
import wenzheng.knowledge.document.PolicyDocument;

/**
 * A document's own facts (文号, issuing body, dates, validity) as one more searchable
 * clause, so that "这个文件的文号是 什么" is answered like any other question.
 */
final class DocumentFacts {

	/** The ordinal of the facts clause; real clauses count from 0. */
	static final int ORDINAL = -1;

	static final String SECTION = "文件信息";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.ROOT);

	private DocumentFacts() {
	}

	static Optional<Clause> of(PolicyDocument document) {
		DocumentMetadata metadata = document.metadata();
		List<String> facts = new ArrayList<>();
		if (metadata.documentNumber() != null) {
			facts.add("文号为" + metadata.documentNumber());
		}
		if (metadata.issuer() != null) {
			facts.add("发文机关为" + metadata.issuer());
		}
		if (metadata.writtenDate() != null) {
			facts.add("成文日期为" + format(metadata.writtenDate()));
		}
		if (metadata.publishedDate() != null) {
			facts.add("发布日期为" + format(metadata.publishedDate()));
		}
		if (facts.isEmpty()) {
			return Optional.empty();
		}
		String text = "《" + document.title() + "》" + String.join("，", facts) + "，效力状态：" + document.validity().label()
				+ "。";
		return Optional
			.of(new Clause(document.id(), ORDINAL, "", List.of(document.title(), SECTION), text, ClauseColumns.NONE));
	}

	private static String format(LocalDate date) {
		return date.format(DATE);
	}

}
