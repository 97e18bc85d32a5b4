package wenzheng.bot.hotline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hotline queue: opens tickets for questions the bot hands over and carries them
 * through claim, reply, transfer, close and the citizen's rating, recording every change
 * in the ticket's history.
 */
@Service
public class TicketQueue {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

	private static final int MAX_LIST = 500;

	private final TicketRepository tickets;

	private final TicketEvents history;

	private final WorkingCalendar calendar;

	private final HotlineProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DispatchCatalogue catalogue;

	private final MergeRepository merges;

	TicketQueue(TicketRepository tickets, TicketEvents history, WorkingCalendar calendar, HotlineProperties properties,
			ApplicationEventPublisher events, Clock clock, DispatchCatalogue catalogue, MergeRepository merges) {
		this.catalogue = catalogue;
		this.merges = merges;
		this.tickets = tickets;
		this.history = history;
		this.calendar = calendar;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens a ticket and returns its number. The number carries the day and the database
	 * id, so it is unique across app instances sharing one database. The reply is due the
	 * category's number of working days later; the department comes from the dispatch
	 * catalogue, else from the clauses. A session asking again what its open (or merged)
	 * ticket already asks gets that ticket's number.
	 */
	@Transactional
	public String open(NewTicket ticket) {
		Instant now = this.clock.instant();
		String asked = comparable(ticket.question());
		for (Ticket open : this.tickets.findAwaitingReply(ticket.channel(), ticket.sessionId())) {
			if (comparable(open.question()).equals(asked)) {
				this.history.record(open.number(), ticket.channel(), TicketEvent.REPEATED, ticket.reason(), now);
				return open.number();
			}
		}
		Instant due = this.calendar.addWorkingDays(now, this.properties.workingDays(ticket.category()));
		long id = this.tickets.insert(ticket, "tmp-" + UUID.randomUUID().toString().substring(0, 24),
				this.catalogue.suggest(ticket.question(), ticket.candidates()), due, now);
		String number = "RX-%s-%04d".formatted(LocalDate.ofInstant(now, this.properties.zone()).format(DAY), id);
		this.tickets.setNumber(id, number);
		this.history.record(number, ticket.channel(), TicketEvent.CREATED, ticket.reason(), now);
		this.events.publishEvent(new TicketCreated(number, ticket.channel()));
		return number;
	}

	/**
	 * Takes a new ticket for the user; of several staff claiming it at once, one gets it.
	 */
	@Transactional
	public Ticket claim(String number, String user) {
		if (!this.tickets.claim(number, user, this.clock.instant())) {
			throw conflict(number, "该工单已被他人领取或已处理");
		}
		return recorded(number, user, TicketEvent.CLAIMED, null);
	}

	@Transactional
	public Ticket release(String number, String user) {
		if (!this.tickets.release(number, user)) {
			throw conflict(number, "只能退回自己领取的工单");
		}
		return recorded(number, user, TicketEvent.RELEASED, null);
	}

	/**
	 * Records a staff reply and announces it to the channel that owns the citizen's
	 * session; the tickets merged into this one get the same reply, each on its own
	 * channel and quoting its own question. Followers get it masked like a public answer,
	 * with the names the main ticket's citizen gave, so a reply that greets that citizen
	 * by name or repeats their number tells the others nothing of them.
	 */
	@Transactional
	public Ticket reply(String number, String user, String reply) {
		Instant now = this.clock.instant();
		if (!this.tickets.reply(number, reply, user, now)) {
			throw conflict(number, "该工单已由他人领取或已答复，不能答复");
		}
		Ticket ticket = recorded(number, user, TicketEvent.REPLIED, reply);
		announce(ticket);
		String forFollowers = PersonalDataMasker.mask(reply, ticket.question() + "\n" + ticket.transcript());
		for (String follower : this.merges.followers(number)) {
			if (this.merges.answer(follower, forFollowers, user, now)) {
				this.history.record(follower, user, TicketEvent.REPLIED, "随主工单 " + number + " 答复：" + forFollowers, now);
				announce(get(follower));
			}
		}
		return ticket;
	}

	private void announce(Ticket answered) {
		this.events.publishEvent(new StaffReplied(answered.number(), answered.channel(), answered.sessionId(),
				answered.question(), answered.reply()));
	}

	/**
	 * An internal note for colleagues; the citizen never sees it.
	 */
	@Transactional
	public Ticket note(String number, String user, String note) {
		get(number);
		return recorded(number, user, TicketEvent.NOTE, note);
	}

	/**
	 * Hands the ticket to another department (转办); it waits there to be claimed. A
	 * claimed ticket is the claimer's to hand on, or a supervisor's.
	 * @param supervising whether the user is a supervisor or an administrator
	 */
	@Transactional
	public Ticket transfer(String number, String user, boolean supervising, String department, String reason) {
		if (!this.tickets.transfer(number, department, user, supervising)) {
			throw refusal(number, user, "转办", "已答复或已办结的工单不能转办");
		}
		return recorded(number, user, TicketEvent.TRANSFERRED, department + (reason == null ? "" : "：" + reason));
	}

	@Transactional
	public Ticket prioritize(String number, String user, TicketPriority priority) {
		if (!this.tickets.setPriority(number, priority)) {
			throw new TicketNotFound(number);
		}
		return recorded(number, user, TicketEvent.PRIORITY, priority.label());
	}

	/**
	 * Closes the ticket (办结). A main ticket whose merged followers still wait for its
	 * reply cannot be closed: they would never be answered. A claimed ticket is the
	 * claimer's to close, or a supervisor's.
	 * @param supervising whether the user is a supervisor or an administrator
	 */
	@Transactional
	public Ticket close(String number, String user, boolean supervising) {
		// Locked first, so that a merge into this ticket at the same moment is either
		// seen here or refused there.
		this.merges.lock(List.of(number));
		if (this.merges.waiting(number) > 0) {
			throw conflict(number, "还有并入本工单的工单等待答复，请先答复或取消并单");
		}
		if (!this.tickets.close(number, this.clock.instant(), user, supervising)) {
			throw refusal(number, user, "办结", "该工单已办结");
		}
		return recorded(number, user, TicketEvent.CLOSED, null);
	}

	/**
	 * Records on the ticket whether its reply reached the citizen: a channel that finally
	 * fails to deliver says so here, so staff can call back instead.
	 */
	@Transactional
	public void recordDelivery(String number, String channel, boolean delivered, String detail) {
		this.history.record(number, channel, delivered ? TicketEvent.DELIVERED : TicketEvent.DELIVERY_FAILED, detail,
				this.clock.instant());
	}

	/**
	 * The audit trail of a ticket, oldest first.
	 */
	public List<TicketEvent> history(String number) {
		get(number);
		return this.history.of(number);
	}

	public Ticket get(String number) {
		return this.tickets.findByNumber(number).orElseThrow(() -> new TicketNotFound(number));
	}

	/**
	 * The tickets of a channel's session, oldest first.
	 */
	public List<Ticket> bySession(String channel, String sessionId) {
		return this.tickets.findBySession(channel, sessionId);
	}

	public List<Ticket> find(TicketFilter filter) {
		int limit = Math.min(Math.max(filter.limit(), 1), MAX_LIST);
		return this.tickets.find(new TicketFilter(filter.status(), filter.department(), filter.overdue(), filter.text(),
				limit, filter.callbacks()), this.clock.instant());
	}

	/**
	 * The median time from opening to the staff reply of tickets opened since the given
	 * moment, or {@code null} when none was answered.
	 */
	public Duration medianReplyTime(Instant since) {
		List<Duration> times = this.tickets.replyTimes(since);
		if (times.isEmpty()) {
			return null;
		}
		List<Duration> sorted = times.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	/** Tickets waiting for a staff reply: new, claimed, or returned for reassignment. */
	public long openCount() {
		return this.tickets.countOpen();
	}

	public long overdueCount() {
		return this.tickets.countOverdue(this.clock.instant());
	}

	public Instant now() {
		return this.clock.instant();
	}

	/**
	 * The question without spaces and punctuation, for seeing a question asked again.
	 */
	private static String comparable(String question) {
		return question.replaceAll("[\\p{P}\\p{S}\\s]", "");
	}

	Ticket recorded(String number, String user, String action, String detail) {
		this.history.record(number, user, action, detail, this.clock.instant());
		return get(number);
	}

	/**
	 * Why a change was refused: the ticket is claimed by someone else, or the given
	 * reason.
	 */
	private TicketConflict refusal(String number, String user, String action, String otherwise) {
		Ticket ticket = get(number);
		if (ticket.status() == TicketStatus.CLAIMED && !user.equals(ticket.work().claimedBy())) {
			return new TicketConflict("该工单已被他人领取，只有领取人或值班长、管理员可以" + action);
		}
		return new TicketConflict(otherwise);
	}

	TicketConflict conflict(String number, String message) {
		get(number);
		return new TicketConflict(message);
	}

}
