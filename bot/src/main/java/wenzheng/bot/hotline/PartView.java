package wenzheng.bot.hotline;

import java.time.Instant;
import java.util.List;

/**
 * A co-handling department's part as the console shows it: missing or added, and overdue.
 */
record PartView(String department, Instant dueAt, String text, String addedBy, Instant addedAt, boolean missing,
		boolean overdue) {

	static List<PartView> of(List<Part> parts, Instant now) {
		return parts.stream()
			.map(part -> new PartView(part.department(), part.dueAt(), part.text(), part.addedBy(), part.addedAt(),
					part.missing(), part.missing() && now.isAfter(part.dueAt())))
			.toList();
	}

}
