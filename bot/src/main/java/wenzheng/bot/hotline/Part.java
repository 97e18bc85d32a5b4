package wenzheng.bot.hotline;

import java.time.Instant;

/**
 * A co-handling department's part of a ticket (协办意见).
 *
 * @param department the co-handling department
 * @param dueAt by when its part is due
 * @param text its part, or {@code null} while missing
 * @param addedBy who added it, or {@code null}
 * @param addedAt when, or {@code null}
 */
record Part(String department, Instant dueAt, String text, String addedBy, Instant addedAt) {

	boolean missing() {
		return this.text == null;
	}

}
