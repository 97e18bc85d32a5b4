package wenzheng.bot.hotline;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lead and co-handling departments (主办/协办): a supervisor names the co-handling
 * departments of a ticket, each adds its part by a due time, and the lead department's
 * reply may include the parts.
 */
@Service
class CoHandling {

	/** The longest reply a ticket stores. */
	private static final int MAX_REPLY = 4000;

	private final TicketQueue queue;

	private final PartRepository parts;

	private final WorkingCalendar calendar;

	private final HotlineProperties properties;

	CoHandling(TicketQueue queue, PartRepository parts, WorkingCalendar calendar, HotlineProperties properties) {
		this.queue = queue;
		this.parts = parts;
		this.calendar = calendar;
		this.properties = properties;
	}

	/**
	 * Sets the co-handling departments: new ones are due their working days from now (at
	 * most when the ticket is due); departments left out that have not added a part are
	 * dropped.
	 */
	@Transactional
	Ticket assist(String number, String user, List<String> departments) {
		Ticket ticket = this.queue.get(number);
		if (!ticket.status().open()) {
			throw new TicketConflict("只有待办的工单可以设置协办单位");
		}
		Instant now = this.queue.now();
		Instant due = this.calendar.addWorkingDays(now, this.properties.assistWorkingDays());
		if (ticket.work().dueAt() != null && ticket.work().dueAt().isBefore(due)) {
			due = ticket.work().dueAt();
		}
		List<String> present = this.parts.of(number).stream().map(Part::department).toList();
		for (String department : present) {
			if (!departments.contains(department)) {
				this.parts.removeMissing(number, department);
			}
		}
		for (String department : departments) {
			if (!present.contains(department) && !department.equals(ticket.work().department())) {
				this.parts.add(number, department, due);
			}
		}
		return this.queue.recorded(number, user, TicketEvent.ASSIST, "协办单位：" + String.join("、", departments));
	}

	/**
	 * A co-handling department's part, added by one of its staff.
	 * @param department the user's department, or {@code null} when they have none
	 */
	@Transactional
	Ticket addPart(String number, String user, String department, String text) {
		this.queue.get(number);
		if (department == null || !this.parts.fill(number, department, text, user, this.queue.now())) {
			throw new TicketConflict("您所在的部门不是该工单的协办单位");
		}
		return this.queue.recorded(number, user, TicketEvent.PART, department + "：" + text);
	}

	List<Part> of(String number) {
		return this.parts.of(number);
	}

	/**
	 * The lead's reply followed by the parts added so far.
	 */
	String withParts(String number, String reply) {
		String added = this.parts.of(number)
			.stream()
			.filter(part -> !part.missing())
			.map(part -> "【" + part.department() + "】" + part.text())
			.collect(Collectors.joining("\n"));
		String combined = added.isEmpty() ? reply : reply + "\n\n协办单位意见：\n" + added;
		if (combined.length() > MAX_REPLY) {
			throw new TicketConflict("答复连同协办单位意见超过" + MAX_REPLY + "字，请精简后再答复");
		}
		return combined;
	}

}
