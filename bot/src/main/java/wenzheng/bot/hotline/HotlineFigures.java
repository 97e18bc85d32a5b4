package wenzheng.bot.hotline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The hotline's performance per department and overall over the last days: 响应率, 解决率, 满意率,
 * overdue tickets and the working days to a reply. Merged followers are answered with
 * their main ticket, so only their ratings count.
 */
@Service
class HotlineFigures {

	static final String NO_DEPARTMENT = "未定";

	private final TicketRepository tickets;

	private final RatingRepository ratings;

	private final WorkingCalendar calendar;

	private final TicketQueue queue;

	HotlineFigures(TicketRepository tickets, RatingRepository ratings, WorkingCalendar calendar, TicketQueue queue) {
		this.tickets = tickets;
		this.ratings = ratings;
		this.calendar = calendar;
		this.queue = queue;
	}

	Figures of(int days) {
		Instant now = this.queue.now();
		Instant since = now.minus(Duration.ofDays(days));
		List<Ticket> opened = this.tickets.openedSince(since);
		Map<String, String> departments = opened.stream()
			.collect(Collectors.toMap(Ticket::number, HotlineFigures::department));
		Map<String, List<Ticket>> worked = opened.stream()
			.filter(ticket -> ticket.work().mergedInto() == null)
			.collect(Collectors.groupingBy(HotlineFigures::department, TreeMap::new, Collectors.toList()));
		Map<String, List<RatingEntry>> rated = this.ratings.ofTicketsOpenedSince(since)
			.stream()
			.collect(Collectors.groupingBy(rating -> departments.get(rating.ticketNumber())));
		List<Figures.Row> rows = new ArrayList<>();
		for (String department : new TreeSet<>(departments.values())) {
			rows.add(row(department, worked.getOrDefault(department, List.of()),
					rated.getOrDefault(department, List.of()), now));
		}
		Figures.Row overall = row("全部", opened.stream().filter(ticket -> ticket.work().mergedInto() == null).toList(),
				rated.values().stream().flatMap(List::stream).toList(), now);
		return new Figures(days, rows, overall);
	}

	private Figures.Row row(String department, List<Ticket> worked, List<RatingEntry> rated, Instant now) {
		int responded = count(worked, ticket -> responded(ticket));
		int resolved = count(worked, ticket -> ticket.status() == TicketStatus.CLOSED
				|| (ticket.status() == TicketStatus.ANSWERED && ticket.work().reopenCount() == 0));
		int overdue = count(worked, ticket -> ticket.overdue(now));
		List<RatingEntry> counted = rated.stream().filter(RatingEntry::counts).toList();
		int satisfied = (int) counted.stream().filter(rating -> rating.level() >= 4).count();
		List<Integer> replyDays = worked.stream()
			.filter(ticket -> ticket.repliedAt() != null)
			.map(ticket -> this.calendar.workingDaysBetween(ticket.createdAt(), ticket.repliedAt()))
			.toList();
		Double averageReplyDays = replyDays.isEmpty() ? null
				: replyDays.stream().mapToInt(Integer::intValue).average().orElseThrow();
		return new Figures.Row(department, worked.size(), rate(responded, worked.size()), rate(resolved, worked.size()),
				counted.size(), rate(satisfied, counted.size()), overdue, averageReplyDays);
	}

	/**
	 * Whether staff took the ticket up, by claiming or replying, within its first working
	 * day.
	 */
	private boolean responded(Ticket ticket) {
		Instant first = ticket.work().firstClaimedAt();
		if (ticket.repliedAt() != null && (first == null || ticket.repliedAt().isBefore(first))) {
			first = ticket.repliedAt();
		}
		return first != null && !first.isAfter(this.calendar.addWorkingDays(ticket.createdAt(), 1));
	}

	private static int count(List<Ticket> tickets, Function<Ticket, Boolean> test) {
		return (int) tickets.stream().filter(test::apply).count();
	}

	private static Double rate(int part, int whole) {
		return whole == 0 ? null : (double) part / whole;
	}

	private static String department(Ticket ticket) {
		return ticket.work().department() == null ? NO_DEPARTMENT : ticket.work().department();
	}

}
