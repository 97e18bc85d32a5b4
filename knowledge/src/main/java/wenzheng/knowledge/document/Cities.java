package wenzheng.knowledge.document;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import wenzheng.knowledge.WordList;

/**
 * The prefecture-level cities of China (and the prefectures, autonomous prefectures and
 * leagues of that level) by the short names texts use for them ("深圳", "延边"), from the
 * bundled {@code cities.txt}. Short names that are also everyday words ("日照", "安康") or
 * name a province too ("吉林") are left out.
 */
public final class Cities {

	private static final String SUFFIXES = "(市|地区|盟|林区)$";

	private static final Map<String, String> OFFICIAL_NAMES = read();

	private static final List<String> LONGEST_FIRST = OFFICIAL_NAMES.keySet()
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	private Cities() {
	}

	/**
	 * The short names, each a place on its own.
	 */
	public static List<String> shortNames() {
		return LONGEST_FIRST;
	}

	/**
	 * The official name of the city a text starts with by its short name ("大连将…" is 大连市),
	 * or {@code null}.
	 */
	public static String startOf(String text) {
		return LONGEST_FIRST.stream().filter(text::startsWith).findFirst().map(OFFICIAL_NAMES::get).orElse(null);
	}

	private static Map<String, String> read() {
		Map<String, String> names = new LinkedHashMap<>();
		for (String line : WordList.load(Cities.class, "cities.txt")) {
			if (line.startsWith("!")) {
				continue;
			}
			String[] parts = line.split("\\s+");
			String shortName = parts.length > 1 ? parts[1] : parts[0].replaceFirst(SUFFIXES, "");
			if (shortName.length() >= 2) {
				names.put(shortName, parts[0]);
			}
		}
		return Map.copyOf(names);
	}

}
