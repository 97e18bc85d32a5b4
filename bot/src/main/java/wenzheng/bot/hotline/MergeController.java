package wenzheng.bot.hotline;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Merging repeated requests (并单): the similar open tickets (agents), merging and undoing
 * it (supervisors).
 */
@RestController
class MergeController {

	private final TicketMerging merging;

	private final TicketQueue queue;

	MergeController(TicketMerging merging, TicketQueue queue) {
		this.merging = merging;
		this.queue = queue;
	}

	@GetMapping("/api/tickets/{number}/similar")
	List<SimilarTicket> similar(@PathVariable String number) {
		return this.merging.similar(number);
	}

	@PostMapping("/api/tickets/{number}/merge")
	TicketView merge(@PathVariable String number, @Valid @RequestBody MergeRequest request, Principal user) {
		List<String> numbers = request.numbers().stream().map(String::strip).toList();
		return TicketView.of(this.merging.merge(number, numbers, user.getName()), this.queue.now());
	}

	@PostMapping("/api/tickets/{number}/unmerge")
	TicketView unmerge(@PathVariable String number, @Valid @RequestBody UnmergeRequest request, Principal user) {
		return TicketView.of(this.merging.unmerge(number, request.number().strip(), user.getName()), this.queue.now());
	}

	record MergeRequest(@NotEmpty(message = "请选择要并入的工单") @Size(max = 50,
			message = "一次最多并入50个工单") List<@NotBlank(message = "工单号不能为空") @Size(max = 32,
					message = "工单号不正确") String> numbers) {
	}

	record UnmergeRequest(@NotBlank(message = "请填写要取消并单的工单号") @Size(max = 32, message = "工单号不正确") String number) {
	}

}
