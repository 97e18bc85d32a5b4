package wenzheng.index.question;

import java.util.LinkedHashSet;
import java.util.Set;

import wenzheng.knowledge.document.Cities;
import wenzheng.knowledge.document.Provinces;

/**
 * The short names of China's provinces and prefecture-level cities that name a place
 * without their suffix ("浙江", "深圳", "延边"): a question about another place often leaves
 * the suffix out.
 */
final class PlaceNames {

	private static final Set<String> BARE = read();

	private PlaceNames() {
	}

	static Set<String> bare() {
		return BARE;
	}

	private static Set<String> read() {
		Set<String> names = new LinkedHashSet<>(Provinces.shortNames());
		names.addAll(Cities.shortNames());
		return Set.copyOf(names);
	}

}
