package wenzheng.index.question;

import wenzheng.knowledge.document.Cities;
import wenzheng.knowledge.document.Provinces;

/**
 * The real places of the bundled lists: provinces and prefecture-level cities, by their
 * official or short names. A question about one of them that no document covers is about
 * another place, however often the documents mention it in passing ("依托白城市…平台" in a
 * district's plan is no rule of 白城市).
 */
public final class ListedPlaces {

	private ListedPlaces() {
	}

	/**
	 * Whether the name is a listed province or city: "白城市", "白城", "辽宁省", "辽宁"; not a
	 * place inside one ("长春新区").
	 */
	public static boolean contains(String name) {
		if (name == null || name.isEmpty()) {
			return false;
		}
		String city = Cities.startOf(name);
		if (city != null && (city.equals(name) || Cities.shortNames().contains(name))) {
			return true;
		}
		String province = Provinces.startOf(name);
		return province != null && (province.equals(name) || Provinces.fullName(province).equals(name));
	}

}
