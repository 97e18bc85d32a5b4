package wenzheng.bot.conversation;

import java.util.List;
import java.util.regex.Pattern;

import wenzheng.knowledge.WordList;

/**
 * Whether a citizen asks for a person to act on their own case (complain, report, chase,
 * book, look into what happened to them) or makes a suggestion, rather than asks what a
 * policy says: such a message goes straight to the hotline.
 */
final class PersonRequest {

	private static final List<Pattern> PHRASES = WordList.load(PersonRequest.class, "handoff-phrases.txt")
		.stream()
		.map(Pattern::compile)
		.toList();

	private PersonRequest() {
	}

	/**
	 * @param askingPart the sentences of the message that ask: "孩子没空帮我找" in a story is no
	 * request
	 */
	static boolean isMadeIn(String askingPart) {
		return PHRASES.stream().anyMatch(phrase -> phrase.matcher(askingPart).find());
	}

}
