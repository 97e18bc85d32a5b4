package wenzheng.bot.hotline;

import java.time.Instant;

/**
 * One entry of a ticket's audit trail.
 *
 * @param actor who acted: a staff login, {@code bot} or a channel
 * @param action what happened, e.g. CREATED, REPLIED, DELIVERY_FAILED
 * @param detail what changed, or {@code null}
 * @param at when
 */
public record TicketEvent(String actor, String action, String detail, Instant at) {

	public static final String CREATED = "CREATED";

	public static final String REPLIED = "REPLIED";

	public static final String CLAIMED = "CLAIMED";

	public static final String RELEASED = "RELEASED";

	public static final String NOTE = "NOTE";

	public static final String TRANSFERRED = "TRANSFERRED";

	public static final String PRIORITY = "PRIORITY";

	public static final String CLOSED = "CLOSED";

	public static final String RATED = "RATED";

	public static final String REOPENED = "REOPENED";

	public static final String PUBLISHED = "PUBLISHED";

	public static final String FAQ_DRAFTED = "FAQ_DRAFTED";

	public static final String DELIVERED = "DELIVERED";

	public static final String DELIVERY_FAILED = "DELIVERY_FAILED";

	/** The same session asked the same question again while its ticket was open. */
	public static final String REPEATED = "REPEATED";

	public static final String CALLBACK = "CALLBACK";

	public static final String APPEALED = "APPEALED";

	public static final String APPEAL_UPHELD = "APPEAL_UPHELD";

	public static final String APPEAL_REJECTED = "APPEAL_REJECTED";

	public static final String MERGED = "MERGED";

	public static final String UNMERGED = "UNMERGED";

	public static final String ASSIST = "ASSIST";

	public static final String PART = "PART";

	public static final String RETURNED = "RETURNED";

	public static final String DISPATCHED = "DISPATCHED";

	public static final String RETURN_REJECTED = "RETURN_REJECTED";

}
