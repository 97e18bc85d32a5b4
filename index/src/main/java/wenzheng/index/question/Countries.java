package wenzheng.index.question;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names of other countries in Simplified Chinese ("美国", "日本", "德国"), as the JDK's
 * locale data writes them: no text of a Chinese knowledge base states another country's
 * rules. China and its special administrative regions and Taiwan are left out; they are
 * Chinese places.
 */
final class Countries {

	private static final Set<String> CHINESE = Set.of("CN", "HK", "MO", "TW");

	private static final Set<String> NAMES = Stream.of(Locale.getISOCountries())
		.filter(code -> !CHINESE.contains(code))
		.map(code -> Locale.of("", code).getDisplayCountry(Locale.SIMPLIFIED_CHINESE))
		.filter(name -> name.length() >= 2 && name.codePoints().allMatch(Countries::isHan))
		.collect(Collectors.toUnmodifiableSet());

	private Countries() {
	}

	static Set<String> names() {
		return NAMES;
	}

	static boolean contains(String name) {
		return NAMES.contains(name);
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

}
