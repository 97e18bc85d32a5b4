package wenzheng.bot.subscription;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.clause.ClauseRepository;
import wenzheng.knowledge.document.DocumentRepository;
import wenzheng.knowledge.document.PolicyDocument;
import wenzheng.knowledge.faq.FaqEntry;

/**
 * Turns a document or a FAQ entry into what subscribers are told.
 */
@Component
class Publications {

	private static final int SUMMARY_LENGTH = 80;

	private final DocumentRepository documents;

	private final ClauseRepository clauses;

	Publications(DocumentRepository documents, ClauseRepository clauses) {
		this.documents = documents;
		this.clauses = clauses;
	}

	Optional<Publication> ofDocument(String id) {
		return this.documents.findById(id).map(this::of);
	}

	Publication of(PolicyDocument document) {
		List<Clause> items = this.clauses.findByDocument(document.id());
		String text = textOf(document, items);
		String first = items.stream().map(Clause::text).filter(clause -> !clause.isBlank()).findFirst().orElse("");
		return new Publication("document:" + document.id() + ":" + document.contentHash(), document.title(),
				document.jurisdiction(), sentence(first), text);
	}

	/**
	 * The text a topic is matched against: the title, headings and clauses.
	 */
	static String textOf(PolicyDocument document, List<Clause> items) {
		return document.title() + "\n"
				+ items.stream()
					.map(clause -> String.join(" ", clause.headingPath()) + " " + clause.text())
					.collect(Collectors.joining("\n"));
	}

	static Publication of(FaqEntry entry) {
		String text = String.join("\n", entry.allPhrasings()) + "\n" + entry.answer();
		return new Publication("faq:" + entry.id() + ":" + Integer.toHexString(text.hashCode()), entry.question(),
				entry.jurisdiction(), sentence(entry.answer()), text);
	}

	/**
	 * The first sentence, shortened when long.
	 */
	static String sentence(String text) {
		String stripped = text.strip();
		int end = stripped.length();
		for (int i = 0; i < stripped.length(); i++) {
			if ("。！？；!?;\n".indexOf(stripped.charAt(i)) >= 0) {
				end = i + 1;
				break;
			}
		}
		String sentence = stripped.substring(0, end).strip();
		return sentence.length() <= SUMMARY_LENGTH ? sentence : sentence.substring(0, SUMMARY_LENGTH) + "…";
	}

}
