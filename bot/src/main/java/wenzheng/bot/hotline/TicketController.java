package wenzheng.bot.hotline;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hotline API: list tickets, read one, reply to one.
 */
@RestController
class TicketController {

	private final TicketQueue queue;

	TicketController(TicketQueue queue) {
		this.queue = queue;
	}

	@GetMapping("/api/tickets")
	List<Ticket> list(@RequestParam(required = false) TicketStatus status,
			@RequestParam(defaultValue = "100") int limit) {
		return this.queue.recent(status, limit);
	}

	@GetMapping("/api/tickets/{number}")
	Ticket get(@PathVariable String number) {
		return this.queue.get(number);
	}

	@PostMapping("/api/tickets/{number}/reply")
	Ticket reply(@PathVariable String number, @Valid @RequestBody ReplyRequest request) {
		return this.queue.reply(number, request.reply().strip());
	}

	record ReplyRequest(@NotBlank(message = "答复内容不能为空") @Size(max = 2000, message = "答复内容不能超过2000字") String reply) {
	}

}
