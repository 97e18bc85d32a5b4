package wenzheng.bot.hotline;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 好差评 of a ticket: the citizen's five-level rating, the callback (回访) every 差评 calls
 * for, and staff's appeal (申诉复核) against a wrong or malicious rating, which a supervisor
 * decides.
 */
@Service
public class TicketRatings {

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final TicketQueue queue;

	private final TicketRepository tickets;

	private final RatingRepository ratings;

	private final TicketEvents history;

	private final WorkingCalendar calendar;

	private final HotlineProperties properties;

	TicketRatings(TicketQueue queue, TicketRepository tickets, RatingRepository ratings, TicketEvents history,
			WorkingCalendar calendar, HotlineProperties properties) {
		this.queue = queue;
		this.tickets = tickets;
		this.ratings = ratings;
		this.history = history;
		this.calendar = calendar;
		this.properties = properties;
	}

	/**
	 * The citizen's rating of the reply, from the session that asked. A 差评 reopens the
	 * ticket and makes a callback due within the configured working days.
	 */
	@Transactional
	public Ticket rate(String number, String sessionId, TicketRating rating) {
		Instant now = this.queue.now();
		Instant callbackDue = this.calendar.addWorkingDays(now, this.properties.callbackWorkingDays());
		if (!this.tickets.rate(number, sessionId, rating, callbackDue)) {
			this.queue.get(number);
			throw new TicketConflict("只能对本人已答复且未评价的工单评价");
		}
		this.ratings.insert(number, rating, RatingEntry.CITIZEN, now);
		this.history.record(number, "citizen", TicketEvent.RATED, rating.label(), now);
		if (rating.poor()) {
			this.history.record(number, "citizen", TicketEvent.REOPENED,
					"差评，回访期限 " + DUE.format(callbackDue.atZone(this.properties.zone())), now);
		}
		return this.queue.get(number);
	}

	/**
	 * Records a callback to the citizen; a rating given on the phone is kept beside the
	 * citizen's own. Only a callback that reached the citizen settles the one owed; an
	 * unanswered call is recorded and the callback stays due.
	 */
	@Transactional
	public Ticket callback(String number, String user, Callback callback) {
		this.queue.get(number);
		Instant now = this.queue.now();
		if (callback.level() != null) {
			this.ratings.insert(number, callback.level(), RatingEntry.CALLBACK, now);
		}
		if (callback.reached()) {
			this.tickets.callbackMade(number);
		}
		String detail = String.join(" · ", callback.channel(), callback.reached() ? "已联系上" : "未联系上",
				callback.level() == null ? "未评价" : "评价：" + callback.level().label(),
				callback.note() == null ? "" : callback.note());
		this.history.record(number, user, TicketEvent.CALLBACK, detail, now);
		return this.queue.get(number);
	}

	/**
	 * Appeals the ticket's latest 差评 not appealed yet.
	 */
	@Transactional
	public Ticket appeal(String number, String user, String reason) {
		this.queue.get(number);
		RatingEntry rating = this.ratings.latestAppealable(number)
			.orElseThrow(() -> new TicketConflict("该工单没有可以申诉的差评"));
		if (!this.ratings.appeal(rating.id(), reason, user)) {
			throw new TicketConflict("该差评已申诉");
		}
		this.history.record(number, user, TicketEvent.APPEALED, rating.label() + "：" + reason, this.queue.now());
		return this.queue.get(number);
	}

	/**
	 * A supervisor's decision on the pending appeal: upheld takes the rating out of the
	 * satisfaction figures, and the history keeps it either way.
	 */
	@Transactional
	public Ticket decide(String number, String user, boolean upheld, String note) {
		this.queue.get(number);
		if (!this.ratings.decide(number, upheld, note, user)) {
			throw new TicketConflict("该工单没有待审核的申诉");
		}
		this.history.record(number, user, upheld ? TicketEvent.APPEAL_UPHELD : TicketEvent.APPEAL_REJECTED, note,
				this.queue.now());
		return this.queue.get(number);
	}

	public List<RatingEntry> of(String number) {
		return this.ratings.of(number);
	}

	/**
	 * A callback to the citizen.
	 *
	 * @param channel how: 电话, 短信 …
	 * @param reached whether the citizen was reached
	 * @param note what was said, or {@code null}
	 * @param level the rating the citizen gave on the callback, or {@code null}
	 */
	public record Callback(String channel, boolean reached, String note, TicketRating level) {

	}

}
