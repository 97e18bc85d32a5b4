package wenzheng.bot.hotline;

import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff's side of the 好差评: callbacks (回访) and appeals against a 差评 (agents), and the
 * decision on an appeal (supervisors).
 */
@RestController
class RatingController {

	private final TicketRatings ratings;

	private final TicketQueue queue;

	RatingController(TicketRatings ratings, TicketQueue queue) {
		this.ratings = ratings;
		this.queue = queue;
	}

	@PostMapping("/api/tickets/{number}/callbacks")
	TicketView callback(@PathVariable String number, @Valid @RequestBody CallbackRequest request, Principal user) {
		TicketRating level = request.level() == null ? null : TicketRating.of(request.level());
		return view(this.ratings.callback(number, user.getName(), new TicketRatings.Callback(request.channel().strip(),
				request.reached(), request.note() == null ? null : request.note().strip(), level)));
	}

	@PostMapping("/api/tickets/{number}/appeal")
	TicketView appeal(@PathVariable String number, @Valid @RequestBody AppealRequest request, Principal user) {
		return view(this.ratings.appeal(number, user.getName(), request.reason().strip()));
	}

	@PostMapping("/api/tickets/{number}/appeal/decision")
	TicketView decide(@PathVariable String number, @Valid @RequestBody DecisionRequest request, Principal user) {
		return view(this.ratings.decide(number, user.getName(), request.upheld(),
				request.note() == null ? null : request.note().strip()));
	}

	private TicketView view(Ticket ticket) {
		return TicketView.of(ticket, this.queue.now());
	}

	record CallbackRequest(@NotBlank(message = "请填写回访方式") @Size(max = 20, message = "回访方式不能超过20字") String channel,
			@NotNull(message = "请说明是否联系上市民") Boolean reached, @Size(max = 1000, message = "回访记录不能超过1000字") String note,
			@Min(value = 1, message = "评价等级应为1到5") @Max(value = 5, message = "评价等级应为1到5") Integer level) {
	}

	record AppealRequest(@NotBlank(message = "请填写申诉理由") @Size(max = 500, message = "申诉理由不能超过500字") String reason) {
	}

	record DecisionRequest(@NotNull(message = "请选择是否支持申诉") Boolean upheld,
			@Size(max = 500, message = "审核意见不能超过500字") String note) {
	}

}
