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

	public static final String DELIVERED = "DELIVERED";

	public static final String DELIVERY_FAILED = "DELIVERY_FAILED";

}
