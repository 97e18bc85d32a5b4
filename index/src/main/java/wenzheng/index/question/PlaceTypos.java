package wenzheng.index.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import wenzheng.knowledge.document.Cities;
import wenzheng.knowledge.document.Provinces;

/**
 * Finds known place names written with one wrong character, as citizens type them with a
 * pinyin input method: "桃北区" for 洮北区, "四坪市" for 四平市, "市建伟" for 市建委. An administrative
 * suffix must be right, so that "洮南市" never reads as 洮北区; in the proper name (the first
 * two characters, and all of a name shorter than five) the wrong character must sound
 * like the right one, so that "江北区" (a real district elsewhere) does not either. A text
 * that names a real other city or province ("福州市" is not a typo of 抚州市, nor "陕西省" of 山西省)
 * is that place, never a typo. Short names of two characters ("四平") are left alone: too
 * many everyday words sound like them.
 */
final class PlaceTypos {

	/** Names at least this long may differ anywhere after their first two characters. */
	private static final int LONG_NAME = 5;

	/** The characters of a name that are its proper name ("洮北" of 洮北区). */
	private static final int PROPER_NAME = 2;

	/** The last characters of the bodies a name may stand for ("市建委", "市民政局"). */
	private static final String BODY_SUFFIXES = "委局厅办";

	/**
	 * The eligible names by their last character and, for a last character that is no
	 * administrative suffix, by the characters sounding like it.
	 */
	private final Map<Character, List<Map.Entry<String, String>>> namesByLast;

	/**
	 * @param aliases names and short names of the known places, each with its place
	 */
	PlaceTypos(Map<String, String> aliases) {
		Map<Character, List<Map.Entry<String, String>>> byLast = new HashMap<>();
		for (Map.Entry<String, String> entry : aliases.entrySet()) {
			if (eligible(entry.getKey(), entry.getValue())) {
				char last = entry.getKey().charAt(entry.getKey().length() - 1);
				byLast.computeIfAbsent(last, c -> new ArrayList<>()).add(entry);
				if (Places.ADMIN_SUFFIXES.indexOf(last) < 0) {
					Homophones.of(last)
						.forEach(alike -> byLast.computeIfAbsent(alike, c -> new ArrayList<>()).add(entry));
				}
			}
		}
		this.namesByLast = byLast;
	}

	/**
	 * A name that says which place it is on its own: the full name or a short name it
	 * starts with ("白城工业园"), of three characters with an administrative suffix or a
	 * body's ("市建委") or of four and more; never a word like "园区" or "省里".
	 */
	private static boolean eligible(String alias, String place) {
		if (!place.startsWith(alias) || alias.chars().anyMatch(c -> !Character.isIdeographic(c))) {
			return false;
		}
		return alias.length() >= 4 || (alias.length() == 3 && (Places.ADMIN_SUFFIXES.indexOf(alias.charAt(2)) >= 0
				|| BODY_SUFFIXES.indexOf(alias.charAt(2)) >= 0));
	}

	/**
	 * The places the text names with one wrong character, where a word may start.
	 */
	List<Match> find(String text) {
		List<Match> found = new ArrayList<>();
		for (int end = 1; end <= text.length(); end++) {
			for (Map.Entry<String, String> entry : this.namesByLast.getOrDefault(text.charAt(end - 1), List.of())) {
				String name = entry.getKey();
				int start = end - name.length();
				if (start >= 0 && oneWrong(text, start, name) && Places.wordMayStartAt(text, start)
						&& isTypoOf(text.substring(start, end), name)) {
					found.add(new Match(start, end, entry.getValue()));
				}
			}
		}
		found.sort(Comparator.comparingInt(Match::start));
		return found;
	}

	/**
	 * Whether the text at start differs from the name in exactly one character: a quick
	 * look before the closer one.
	 */
	private static boolean oneWrong(String text, int start, String name) {
		int wrong = 0;
		for (int i = 0; i < name.length(); i++) {
			if (text.charAt(start + i) != name.charAt(i) && ++wrong > 1) {
				return false;
			}
		}
		return wrong == 1;
	}

	/**
	 * Whether written is the name with one character wrong and names no real other place.
	 */
	static boolean isTypoOf(String written, String name) {
		if (written.length() != name.length() || written.equals(name)) {
			return false;
		}
		int wrong = -1;
		for (int i = 0; i < name.length(); i++) {
			if (written.charAt(i) != name.charAt(i)) {
				if (wrong >= 0) {
					return false;
				}
				wrong = i;
			}
		}
		char typed = written.charAt(wrong);
		char meant = name.charAt(wrong);
		// An administrative suffix ("区" against "市") must be right;
		// another last character ("委" of 市建委) must sound like the right one.
		boolean last = wrong == name.length() - 1;
		if (!Character.isIdeographic(typed) || last && Places.ADMIN_SUFFIXES.indexOf(meant) >= 0) {
			return false;
		}
		boolean loose = !last && name.length() >= LONG_NAME && wrong >= PROPER_NAME;
		return (loose || Homophones.alike(typed, meant)) && !namesRealOtherPlace(written, name);
	}

	private static boolean namesRealOtherPlace(String written, String name) {
		String city = Cities.startOf(written);
		String province = Provinces.startOf(written);
		return (city != null && !Objects.equals(city, Cities.startOf(name)))
				|| (province != null && !Objects.equals(province, Provinces.startOf(name)));
	}

	/**
	 * A known place written with one wrong character.
	 */
	record Match(int start, int end, String place) {
	}

}
