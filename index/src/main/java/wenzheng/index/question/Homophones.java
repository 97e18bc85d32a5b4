package wenzheng.index.question;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Whether two Han characters sound alike: citizens type with a pinyin input method and
 * pick a character that sounds like the one meant ("桃" for "洮", "坪" for "平"). Tones are
 * ignored, as an input method ignores them; every reading of a character counts.
 */
final class Homophones {

	private Homophones() {
	}

	static boolean alike(char first, char second) {
		if (first == second) {
			return true;
		}
		Set<String> readings = readings(first);
		return !readings.isEmpty() && readings(second).stream().anyMatch(readings::contains);
	}

	private static Set<String> readings(char character) {
		String[] readings = PinyinHelper.toHanyuPinyinStringArray(character);
		if (readings == null) {
			return Set.of();
		}
		return Arrays.stream(readings).map(reading -> reading.replaceAll("\\d", "")).collect(Collectors.toSet());
	}

}
