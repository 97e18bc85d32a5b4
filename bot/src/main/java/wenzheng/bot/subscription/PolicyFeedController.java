package wenzheng.bot.subscription;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import wenzheng.knowledge.clause.ClauseRepository;
import wenzheng.knowledge.document.DocumentRepository;
import wenzheng.knowledge.document.PolicyDocument;

/**
 * 政策找人 on the web: the Atom feed of policies by place and topic, and the public page data
 * of a document in force that its entries link to.
 */
@RestController
class PolicyFeedController {

	static final String ATOM = "application/atom+xml;charset=UTF-8";

	private final PolicyFeed feed;

	private final DocumentRepository documents;

	private final ClauseRepository clauses;

	PolicyFeedController(PolicyFeed feed, DocumentRepository documents, ClauseRepository clauses) {
		this.feed = feed;
		this.documents = documents;
		this.clauses = clauses;
	}

	@GetMapping(path = "/feeds/policies.atom", produces = ATOM)
	String policies(@RequestParam(required = false) @Size(max = 100, message = "地区不能超过100字") String place,
			@RequestParam(required = false) @Size(max = Subscriptions.MAX_TOPIC, message = "主题不能超过20字") String q) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return this.feed.atom(base, blankToNull(place), blankToNull(q));
	}

	@GetMapping(path = "/api/public/documents", produces = MediaType.APPLICATION_JSON_VALUE)
	PublicDocument document(@RequestParam @Size(max = 300, message = "文件编号不能超过300字") String id) {
		// Drafts and documents no longer in force are not public here.
		PolicyDocument document = this.documents.findAnswerable()
			.stream()
			.filter(candidate -> candidate.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有找到这份政策文件"));
		List<PublicDocument.Item> items = this.clauses.findByDocument(id)
			.stream()
			.map(clause -> new PublicDocument.Item(clause.section(), clause.text()))
			.toList();
		return new PublicDocument(document.id(), document.title(), document.metadata().issuer(),
				document.jurisdiction(), document.metadata().documentNumber(), document.metadata().publishedDate(),
				items);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * A document in force as the public page shows it.
	 */
	record PublicDocument(String id, String title, String issuer, String place, String documentNumber,
			LocalDate publishedDate, List<Item> items) {

		record Item(String section, String text) {
		}

	}

}
