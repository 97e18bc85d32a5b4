package wenzheng.bot.hotline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hotline queue: opens tickets for questions the bot hands over and records staff
 * replies.
 */
@Service
public class TicketQueue {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

	private static final int MAX_LIST = 500;

	/** The actor of staff actions until staff log in with their own accounts. */
	private static final String STAFF = "staff";

	private final TicketRepository tickets;

	private final TicketEvents history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TicketQueue(TicketRepository tickets, TicketEvents history, ApplicationEventPublisher events, Clock clock) {
		this.tickets = tickets;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens a ticket and returns its number. The number carries the day and the database
	 * id, so it is unique across app instances sharing one database.
	 */
	@Transactional
	public String open(NewTicket ticket) {
		long id = this.tickets.insert(ticket, "tmp-" + UUID.randomUUID().toString().substring(0, 24),
				this.clock.instant());
		String number = "RX-%s-%04d".formatted(LocalDate.now(this.clock).format(DAY), id);
		this.tickets.setNumber(id, number);
		this.history.record(number, ticket.channel(), TicketEvent.CREATED, ticket.reason(), this.clock.instant());
		this.events.publishEvent(new TicketCreated(number, ticket.channel()));
		return number;
	}

	/**
	 * Records a staff reply and announces it to the channel that owns the citizen's
	 * session.
	 */
	@Transactional
	public Ticket reply(String number, String reply) {
		if (!this.tickets.reply(number, reply, this.clock.instant())) {
			throw new TicketNotFound(number);
		}
		this.history.record(number, STAFF, TicketEvent.REPLIED, reply, this.clock.instant());
		Ticket ticket = get(number);
		this.events
			.publishEvent(new StaffReplied(number, ticket.channel(), ticket.sessionId(), ticket.question(), reply));
		return ticket;
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

	public List<Ticket> bySession(String sessionId) {
		return this.tickets.findBySession(sessionId);
	}

	/**
	 * The newest tickets, optionally of one status.
	 */
	public List<Ticket> recent(TicketStatus status, int limit) {
		return this.tickets.findRecent(status, Math.min(Math.max(limit, 1), MAX_LIST));
	}

}
