package wenzheng.index.question;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import wenzheng.index.analysis.WordList;
import wenzheng.knowledge.document.Provinces;

/**
 * The short names of China's provinces and prefecture-level cities that name a place
 * without their suffix ("浙江", "深圳", "延边"), from the bundled {@code cities.txt}: a
 * question about another place often leaves the suffix out.
 */
final class PlaceNames {

	private static final String SUFFIXES = "(市|地区|盟|林区)$";

	private static final Set<String> BARE = read();

	private PlaceNames() {
	}

	static Set<String> bare() {
		return BARE;
	}

	private static Set<String> read() {
		Set<String> names = new LinkedHashSet<>(Provinces.shortNames());
		for (String line : WordList.load(PlaceNames.class, "cities.txt")) {
			if (line.startsWith("!")) {
				continue;
			}
			List<String> parts = List.of(line.split("\\s+"));
			String shortName = parts.size() > 1 ? parts.get(1) : parts.get(0).replaceFirst(SUFFIXES, "");
			if (shortName.length() >= 2) {
				names.add(shortName);
			}
		}
		return Set.copyOf(names);
	}

}
