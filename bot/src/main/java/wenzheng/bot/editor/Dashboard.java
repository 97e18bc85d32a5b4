package wenzheng.bot.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import wenzheng.bot.conversation.ConversationStats;
import wenzheng.bot.conversation.ReplyType;
import wenzheng.bot.hotline.HotlineProperties;
import wenzheng.bot.hotline.TicketQueue;

/**
 * The figures of the dashboard: questions per day, answered against escalated, feedback,
 * the median staff reply time and the overdue tickets.
 */
@Service
public class Dashboard {

	static final int MAX_DAYS = 365;

	private final ConversationStats conversations;

	private final TicketQueue tickets;

	private final Clock clock;

	Dashboard(ConversationStats conversations, TicketQueue tickets, Clock clock, HotlineProperties hotline) {
		this.conversations = conversations;
		this.tickets = tickets;
		// Days are the hotline's days (Beijing time), not the server's.
		this.clock = clock.withZone(hotline.zone());
	}

	public Figures figures(int days) {
		int span = Math.min(Math.max(days, 1), MAX_DAYS);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		Instant since = today.minusDays(span - 1L).atStartOfDay(this.clock.getZone()).toInstant();
		Map<LocalDate, Map<ReplyType, Long>> counts = this.conversations.daily(since, this.clock.getZone());
		List<Day> series = new ArrayList<>();
		long answered = 0;
		long escalated = 0;
		for (LocalDate day = today.minusDays(span - 1L); !day.isAfter(today); day = day.plusDays(1)) {
			Map<ReplyType, Long> byType = counts.getOrDefault(day, Map.of());
			Day entry = new Day(day, byType.values().stream().mapToLong(Long::longValue).sum(),
					byType.getOrDefault(ReplyType.ANSWER, 0L), byType.getOrDefault(ReplyType.ESCALATED, 0L),
					byType.getOrDefault(ReplyType.CLARIFY, 0L), byType.getOrDefault(ReplyType.SMALLTALK, 0L));
			answered += entry.answered();
			escalated += entry.escalated();
			series.add(entry);
		}
		Duration median = this.tickets.medianReplyTime(since);
		ConversationStats.Feedback feedback = this.conversations.feedback(since);
		return new Figures(series, answered, escalated,
				answered + escalated == 0 ? 0 : (double) answered / (answered + escalated), feedback.helpful(),
				feedback.unhelpful(), median == null ? null : median.toMinutes(), this.tickets.overdueCount(), now);
	}

	/**
	 * One day's questions by how the bot replied.
	 */
	public record Day(LocalDate date, long questions, long answered, long escalated, long clarified, long smallTalk) {

	}

	/**
	 * The dashboard over the chosen span.
	 *
	 * @param days the questions per day
	 * @param answered answered by the bot
	 * @param escalated handed to the hotline
	 * @param answeredShare answered / (answered + escalated)
	 * @param helpful replies marked 有帮助
	 * @param unhelpful replies marked 没帮助
	 * @param medianReplyMinutes median time to a staff reply, or {@code null}
	 * @param overdueTickets open tickets past their due time, now
	 * @param at when the figures were taken
	 */
	public record Figures(List<Day> days, long answered, long escalated, double answeredShare, long helpful,
			long unhelpful, Long medianReplyMinutes, long overdueTickets, Instant at) {

	}

}
