package wenzheng.bot.hotline;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns and reassignment (退单/改派): an agent returns a ticket that is not for their
 * department, and a supervisor sends it to another department or refuses the return.
 */
@Service
class TicketDispatch {

	private final TicketQueue queue;

	private final TicketRepository tickets;

	TicketDispatch(TicketQueue queue, TicketRepository tickets) {
		this.queue = queue;
		this.tickets = tickets;
	}

	@Transactional
	Ticket returnTicket(String number, String user, String reason) {
		if (!this.tickets.returnTicket(number, user)) {
			throw this.queue.conflict(number, "只能退回待处理或自己领取的工单");
		}
		return this.queue.recorded(number, user, TicketEvent.RETURNED, reason);
	}

	/**
	 * Sends an open ticket, returned or not, to a department (改派).
	 */
	@Transactional
	Ticket dispatch(String number, String user, String department) {
		if (!this.tickets.dispatch(number, department)) {
			throw this.queue.conflict(number, "已答复、已并单或已办结的工单不能改派");
		}
		return this.queue.recorded(number, user, TicketEvent.DISPATCHED, department);
	}

	@Transactional
	Ticket rejectReturn(String number, String user, String note) {
		if (!this.tickets.rejectReturn(number)) {
			throw this.queue.conflict(number, "该工单没有待审核的退单");
		}
		return this.queue.recorded(number, user, TicketEvent.RETURN_REJECTED, note);
	}

}
