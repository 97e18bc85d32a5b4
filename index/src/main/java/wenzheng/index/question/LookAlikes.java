package wenzheng.index.question;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import wenzheng.knowledge.document.Cities;
import wenzheng.knowledge.document.Provinces;

/**
 * Tells a known place from a place that only looks like it in a text: a province from the
 * city of the same name ("吉林市" is not 吉林省, though "吉林" is short for the province), and a
 * province named only to locate the place after it ("吉林白城工业园区", "吉林省四平市" are about the
 * zone and the city), and a unit named by its level ("市建委") from the same unit of a city
 * named before it ("杭州市建委").
 */
final class LookAlikes {

	/**
	 * Words that start with a suffix character but add no suffix to the name before them
	 * ("吉林市场监管").
	 */
	private static final List<String> EVERYDAY_WORDS = List.of("市场", "市县", "市州", "市直", "区域", "县城", "州市");

	private static final Pattern ZONE_ALIAS = Pattern.compile(".*(园区|开发区|新区)");

	private LookAlikes() {
	}

	/**
	 * Whether the short name of a place found from start to end is followed by another
	 * administrative suffix than the place's own, and so names another place: "吉林" then
	 * "市" is 吉林市, not 吉林省; "四平" then "县" is not 四平市.
	 */
	static boolean namesAnotherPlace(String text, int start, int end, String place) {
		String name = text.substring(start, end);
		if (place == null || !place.startsWith(name) || name.length() >= place.length() || end >= text.length()) {
			return false;
		}
		char next = text.charAt(end);
		if (Places.ADMIN_SUFFIXES.indexOf(next) < 0 || next == place.charAt(name.length())) {
			return false;
		}
		// "广西省", "北京省": a province-level place by the wrong suffix is still that place.
		if (next == '省' && isProvince(place)) {
			return false;
		}
		return EVERYDAY_WORDS.stream().noneMatch(word -> text.startsWith(word, end));
	}

	/**
	 * Whether a zone found by its generic short name ("工业园区" of 白城工业园区) follows the name
	 * of another city or province ("松原工业园区"): the text names that place's zone.
	 */
	static boolean namesTheZoneOfAnotherPlace(String text, int start, String alias, String place) {
		if (place == null || place.equals(alias) || !ZONE_ALIAS.matcher(alias).matches()) {
			return false;
		}
		for (int length = 2; length <= 3 && start - length >= 0; length++) {
			String before = text.substring(start - length, start);
			boolean named = Cities.startOf(before) != null || Provinces.startOf(before) != null;
			if (named && !place.contains(before)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a place found from start whose name begins with its level ("市建委", the
	 * committee of a city the knowledge base does not name) follows a city or province
	 * name that this level completes ("杭州市建委"): the text names the unit of that place.
	 * @param isKnown whether a name is one of the knowledge base's own places, which may
	 * well be the unit's
	 */
	static boolean namesTheUnitOfAnotherPlace(String text, int start, Predicate<String> isKnown) {
		if (start >= text.length() || Places.LEVEL_PREFIXES.indexOf(text.charAt(start)) < 0) {
			return false;
		}
		for (int length = 2; length <= 4 && start - length >= 0; length++) {
			String name = text.substring(start - length, start + 1);
			if ((Places.isRealCity(name) || isProvince(name)) && !isKnown.test(name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a province found in a text ending at end only locates the place named right
	 * after it: another known place, or a city by its short name ("吉林长春").
	 * @param placeFollows whether another place is found starting at end
	 */
	static boolean locatesNextPlace(String text, int end, String place, boolean placeFollows) {
		if (!isProvince(place) || end >= text.length()) {
			return false;
		}
		return placeFollows || Cities.startOf(text.substring(end)) != null;
	}

	private static boolean isProvince(String place) {
		String shortName = Provinces.startOf(place);
		return shortName != null && place.equals(Provinces.fullName(shortName));
	}

}
