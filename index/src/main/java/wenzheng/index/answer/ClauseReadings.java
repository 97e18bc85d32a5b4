package wenzheng.index.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import wenzheng.index.question.Intent;

/**
 * What ranking reads from a clause text again for every question it is a candidate for:
 * its sentences and the kinds of fact it holds. Kept per text object (the retriever
 * decodes each clause once per index reader), so they go when the reader goes.
 */
final class ClauseReadings {

	private static final Pattern SENTENCE = Pattern.compile("[^。！？!?；;\\n]+");

	private static final Cache<String, Reading> READINGS = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(100_000)
		.build();

	private ClauseReadings() {
	}

	static List<String> sentences(String text) {
		return of(text).sentences();
	}

	/**
	 * Whether the text holds a cue of the intent.
	 */
	static boolean cues(String text, Intent intent) {
		return of(text).cues().contains(intent);
	}

	private static Reading of(String text) {
		return READINGS.get(text, ClauseReadings::read);
	}

	private static Reading read(String text) {
		List<String> sentences = new ArrayList<>();
		Matcher matcher = SENTENCE.matcher(text);
		while (matcher.find()) {
			sentences.add(matcher.group());
		}
		Set<Intent> cues = EnumSet.noneOf(Intent.class);
		for (Intent intent : Intent.values()) {
			if (IntentCues.in(text, intent)) {
				cues.add(intent);
			}
		}
		return new Reading(List.copyOf(sentences), cues);
	}

	private record Reading(List<String> sentences, Set<Intent> cues) {
	}

}
