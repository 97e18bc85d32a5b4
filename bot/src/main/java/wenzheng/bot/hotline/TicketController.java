package wenzheng.bot.hotline;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff API of the hotline queue (AGENT or ADMIN): the queue with filters, a ticket
 * with its history, and every action of the console. The acting user is the logged-in
 * one.
 */
@RestController
class TicketController {

	private final TicketQueue queue;

	private final FaqDrafts faqDrafts;

	private final PublicAnswers publicAnswers;

	private final TicketRatings ratings;

	private final TicketMerging merging;

	private final CoHandling coHandling;

	TicketController(TicketQueue queue, FaqDrafts faqDrafts, PublicAnswers publicAnswers, TicketRatings ratings,
			TicketMerging merging, CoHandling coHandling) {
		this.queue = queue;
		this.faqDrafts = faqDrafts;
		this.publicAnswers = publicAnswers;
		this.ratings = ratings;
		this.merging = merging;
		this.coHandling = coHandling;
	}

	@GetMapping("/api/tickets")
	List<TicketView> list(@RequestParam(required = false) TicketStatus status,
			@RequestParam(required = false) String department, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) @Size(max = 100) String q, @RequestParam(defaultValue = "100") int limit,
			@RequestParam(defaultValue = "false") boolean callbacks) {
		return this.queue.find(new TicketFilter(status, department, overdue, q, limit, callbacks))
			.stream()
			.map(ticket -> TicketView.of(ticket, this.queue.now()))
			.toList();
	}

	/**
	 * A ticket with its history, its ratings and appeals, the tickets merged into it and
	 * the co-handling departments' parts (missing ones with their due time).
	 */
	@GetMapping("/api/tickets/{number}")
	Map<String, Object> get(@PathVariable String number) {
		return Map.of("ticket", TicketView.of(this.queue.get(number), this.queue.now()), "history",
				this.queue.history(number), "ratings", this.ratings.of(number), "followers",
				this.merging.followers(number), "parts", PartView.of(this.coHandling.of(number), this.queue.now()));
	}

	@PostMapping("/api/tickets/{number}/claim")
	TicketView claim(@PathVariable String number, Principal user) {
		return view(this.queue.claim(number, user.getName()));
	}

	@PostMapping("/api/tickets/{number}/release")
	TicketView release(@PathVariable String number, Principal user) {
		return view(this.queue.release(number, user.getName()));
	}

	/**
	 * Replies to the citizen, with the co-handling departments' parts when asked to.
	 */
	@PostMapping("/api/tickets/{number}/reply")
	TicketView reply(@PathVariable String number, @Valid @RequestBody ReplyRequest request, Principal user) {
		String text = request.text().strip();
		if (Boolean.TRUE.equals(request.includeParts())) {
			text = this.coHandling.withParts(number, text);
		}
		return view(this.queue.reply(number, user.getName(), text));
	}

	@PostMapping("/api/tickets/{number}/notes")
	TicketView note(@PathVariable String number, @Valid @RequestBody TextRequest request, Principal user) {
		return view(this.queue.note(number, user.getName(), request.text().strip()));
	}

	@PostMapping("/api/tickets/{number}/transfer")
	TicketView transfer(@PathVariable String number, @Valid @RequestBody TransferRequest request, Authentication user) {
		return view(this.queue.transfer(number, user.getName(), supervising(user), request.department().strip(),
				request.reason()));
	}

	@PostMapping("/api/tickets/{number}/priority")
	TicketView prioritize(@PathVariable String number, @Valid @RequestBody PriorityRequest request, Principal user) {
		return view(this.queue.prioritize(number, user.getName(), request.priority()));
	}

	@PostMapping("/api/tickets/{number}/close")
	TicketView close(@PathVariable String number, Authentication user) {
		return view(this.queue.close(number, user.getName(), supervising(user)));
	}

	/**
	 * Supervisors and administrators may transfer and close a ticket another agent holds.
	 */
	private static boolean supervising(Authentication user) {
		return user.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_SUPERVISOR")
					|| authority.getAuthority().equals("ROLE_ADMIN"));
	}

	@PostMapping("/api/tickets/{number}/faq-draft")
	Map<String, Long> saveAsFaq(@PathVariable String number, Principal user) {
		return Map.of("faqId", this.faqDrafts.draftFrom(number, user.getName()));
	}

	@PostMapping("/api/tickets/{number}/publish")
	PublicAnswer publish(@PathVariable String number, Principal user) {
		return this.publicAnswers.publish(number, user.getName());
	}

	private TicketView view(Ticket ticket) {
		return TicketView.of(ticket, this.queue.now());
	}

	record TextRequest(@NotBlank(message = "内容不能为空") @Size(max = 2000, message = "内容不能超过2000字") String text) {
	}

	record ReplyRequest(@NotBlank(message = "内容不能为空") @Size(max = 2000, message = "内容不能超过2000字") String text,
			Boolean includeParts) {
	}

	record TransferRequest(@NotBlank(message = "请填写转办部门") @Size(max = 200, message = "部门名称不能超过200字") String department,
			@Size(max = 500, message = "转办说明不能超过500字") String reason) {
	}

	record PriorityRequest(@NotNull(message = "请选择优先级") TicketPriority priority) {
	}

}
