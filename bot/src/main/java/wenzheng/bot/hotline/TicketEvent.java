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

}
