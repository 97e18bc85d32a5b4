package wenzheng.knowledge.faq;

import java.util.List;
import java.util.stream.Stream;

/**
 * A curated question and its answer.
 *
 * @param id database id, 0 before it is stored
 * @param question the question as editors wrote it
 * @param phrasings other ways citizens ask it
 * @param answer the answer
 * @param jurisdiction the place it applies to, or {@code null} for everywhere
 * @param status where it is in its life cycle
 */
public record FaqEntry(long id, String question, List<String> phrasings, String answer, String jurisdiction,
		FaqStatus status) {

	public FaqEntry {
		phrasings = List.copyOf(phrasings);
	}

	/**
	 * The question and every phrasing.
	 */
	public List<String> allPhrasings() {
		return Stream.concat(Stream.of(this.question), this.phrasings.stream()).toList();
	}

}
