package wenzheng.bot.hotline;

import java.time.Instant;

/**
 * One rating a ticket received, with the appeal against it.
 *
 * @param id database id
 * @param ticketNumber the rated ticket
 * @param level 1 (非常不满意) to 5 (非常满意)
 * @param source {@code CITIZEN} when rated in the chat, {@code CALLBACK} when given at a
 * callback
 * @param ratedAt when
 * @param appeal the appeal against it, or {@code null}
 */
public record RatingEntry(long id, String ticketNumber, int level, String source, Instant ratedAt, Appeal appeal) {

	static final String CITIZEN = "CITIZEN";

	static final String CALLBACK = "CALLBACK";

	public String label() {
		return TicketRating.of(this.level).label();
	}

	/**
	 * Whether the rating counts in the satisfaction figures: an upheld appeal takes it
	 * out.
	 */
	public boolean counts() {
		return this.appeal == null || this.appeal.status() != Appeal.Status.UPHELD;
	}

	/**
	 * Staff's appeal (申诉复核) against a 差评 they consider wrong or malicious.
	 *
	 * @param status pending, upheld or rejected
	 * @param reason why staff appealed
	 * @param appealedBy who appealed
	 * @param note the supervisor's note on the decision, or {@code null}
	 * @param decidedBy the supervisor who decided, or {@code null}
	 */
	public record Appeal(Status status, String reason, String appealedBy, String note, String decidedBy) {

		public enum Status {

			PENDING, UPHELD, REJECTED

		}

	}

}
