package wenzheng.bot.hotline;

import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Returns and reassignment (退单/改派): agents return, supervisors dispatch or refuse the
 * return.
 */
@RestController
class DispatchController {

	private final TicketDispatch dispatch;

	private final TicketQueue queue;

	DispatchController(TicketDispatch dispatch, TicketQueue queue) {
		this.dispatch = dispatch;
		this.queue = queue;
	}

	@PostMapping("/api/tickets/{number}/return")
	TicketView returnTicket(@PathVariable String number, @Valid @RequestBody ReturnRequest request, Principal user) {
		return view(this.dispatch.returnTicket(number, user.getName(), request.reason().strip()));
	}

	@PostMapping("/api/tickets/{number}/dispatch")
	TicketView dispatch(@PathVariable String number, @Valid @RequestBody DispatchRequest request, Principal user) {
		return view(this.dispatch.dispatch(number, user.getName(), request.department().strip()));
	}

	@PostMapping("/api/tickets/{number}/return/rejection")
	TicketView rejectReturn(@PathVariable String number, @Valid @RequestBody RejectionRequest request, Principal user) {
		return view(this.dispatch.rejectReturn(number, user.getName(), request.note().strip()));
	}

	private TicketView view(Ticket ticket) {
		return TicketView.of(ticket, this.queue.now());
	}

	record ReturnRequest(@NotBlank(message = "请填写退单理由") @Size(max = 500, message = "退单理由不能超过500字") String reason) {
	}

	record DispatchRequest(
			@NotBlank(message = "请填写派往的部门") @Size(max = 200, message = "部门名称不能超过200字") String department) {
	}

	record RejectionRequest(@NotBlank(message = "请填写不同意退单的理由") @Size(max = 500, message = "理由不能超过500字") String note) {
	}

}
