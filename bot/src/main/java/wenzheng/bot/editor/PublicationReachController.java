package wenzheng.bot.editor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import wenzheng.bot.subscription.PolicyNotices;

/**
 * How many subscribed chats a publication will reach, for the editor to see before
 * publishing.
 */
@RestController
class PublicationReachController {

	private final PolicyNotices notices;

	private final DocumentLifeCycle documents;

	private final KnowledgeEditing editing;

	PublicationReachController(PolicyNotices notices, DocumentLifeCycle documents, KnowledgeEditing editing) {
		this.notices = notices;
		this.documents = documents;
		this.editing = editing;
	}

	@GetMapping("/api/editor/documents/reach")
	Reach document(@RequestParam String id) {
		this.documents.clauses(id);
		return new Reach(this.notices.reachOfDocument(id));
	}

	@GetMapping("/api/editor/faq/{id}/reach")
	Reach faq(@PathVariable long id) {
		return new Reach(this.notices.reachOfFaq(this.editing.faqEntry(id)));
	}

	/**
	 * @param subscribers the chats with a matching subscription
	 */
	record Reach(int subscribers) {
	}

}
