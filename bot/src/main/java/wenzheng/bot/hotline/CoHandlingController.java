package wenzheng.bot.hotline;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import wenzheng.bot.account.StaffAccounts;

/**
 * Co-handling (主办/协办): a supervisor names the co-handling departments, their agents add
 * their parts in the name of the department of their account.
 */
@RestController
class CoHandlingController {

	private final CoHandling coHandling;

	private final TicketQueue queue;

	private final StaffAccounts accounts;

	CoHandlingController(CoHandling coHandling, TicketQueue queue, StaffAccounts accounts) {
		this.coHandling = coHandling;
		this.queue = queue;
		this.accounts = accounts;
	}

	@PostMapping("/api/tickets/{number}/assist")
	TicketView assist(@PathVariable String number, @Valid @RequestBody AssistRequest request, Principal user) {
		List<String> departments = request.departments().stream().map(String::strip).distinct().toList();
		return TicketView.of(this.coHandling.assist(number, user.getName(), departments), this.queue.now());
	}

	@PostMapping("/api/tickets/{number}/parts")
	TicketView addPart(@PathVariable String number, @Valid @RequestBody PartRequest request, Principal user) {
		String department = this.accounts.get(user.getName()).department();
		return TicketView.of(this.coHandling.addPart(number, user.getName(), department, request.text().strip()),
				this.queue.now());
	}

	record AssistRequest(@NotNull(message = "请填写协办单位") @Size(max = 10,
			message = "协办单位最多10个") List<@NotBlank(message = "协办单位不能为空") @Size(max = 200,
					message = "部门名称不能超过200字") String> departments) {
	}

	record PartRequest(@NotBlank(message = "内容不能为空") @Size(max = 2000, message = "内容不能超过2000字") String text) {
	}

}
