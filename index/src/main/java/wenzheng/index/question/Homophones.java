package wenzheng.index.question;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Whether two Han characters sound alike: citizens type with a pinyin input method and
 * pick a character that sounds like the one meant ("桃" for "洮", "坪" for "平"). Tones are
 * ignored, as an input method ignores them; every reading of a character counts.
 */
public final class Homophones {

	/** The common Han characters: what an input method offers. */
	private static final char FIRST_HAN = '\u4E00';

	private static final char LAST_HAN = '\u9FA5';

	private Homophones() {
	}

	/**
	 * The other characters that share a reading with this one, as an input method lists
	 * them for the same syllable.
	 */
	public static Set<Character> of(char character) {
		Set<Character> alike = new TreeSet<>();
		String reading = mainReading(character);
		if (reading != null) {
			alike.addAll(BySyllable.CHARACTERS.getOrDefault(reading, Set.of()));
		}
		alike.remove(character);
		return alike;
	}

	static boolean alike(char first, char second) {
		if (first == second) {
			return true;
		}
		Set<String> readings = readings(first);
		return !readings.isEmpty() && readings(second).stream().anyMatch(readings::contains);
	}

	/** Characters by toneless reading, built on first use. */
	private static final class BySyllable {

		static final Map<String, Set<Character>> CHARACTERS = build();

		private static Map<String, Set<Character>> build() {
			Map<String, Set<Character>> characters = new HashMap<>();
			for (char character = FIRST_HAN; character <= LAST_HAN; character++) {
				String reading = mainReading(character);
				if (reading != null) {
					characters.computeIfAbsent(reading, key -> new HashSet<>()).add(character);
				}
			}
			return characters;
		}

	}

	/**
	 * The first reading of a character, without its tone: the one an input method offers
	 * it under first, where rare and classical readings would make false matches.
	 */
	private static String mainReading(char character) {
		String[] readings = tonelessReadings(character);
		return readings.length == 0 ? null : readings[0];
	}

	private static Set<String> readings(char character) {
		return Arrays.stream(tonelessReadings(character)).collect(Collectors.toSet());
	}

	/** Every reading of a character without its tone, the main one first. */
	private static String[] tonelessReadings(char character) {
		String[] readings = PinyinHelper.toHanyuPinyinStringArray(character);
		if (readings == null) {
			return new String[0];
		}
		return Arrays.stream(readings).map(reading -> reading.replaceAll("\\d", "")).toArray(String[]::new);
	}

}
