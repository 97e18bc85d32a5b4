package wenzheng.index.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The levels of government a question speaks of ("我们县政府", "乡镇", "市里") and whether a
 * phrase of a clause sets a range of levels holding one ("地市级以下政府不再开展…", "县级以上人民政府 应当…"):
 * rules name their addressees by range, a citizen by the one level of their case. Ranges
 * include their bound, as in law ("以上、以下…包括本数").
 */
final class GovernmentLevels {

	static final GovernmentLevels NONE = new GovernmentLevels(List.of());

	private static final int PROVINCE = 4;

	private static final int CITY = 3;

	private static final int COUNTY = 2;

	private static final int TOWNSHIP = 1;

	/**
	 * A level named as a government, not a word that ends with its character ("城市里",
	 * "园区里").
	 */
	private static final Pattern NAMED = Pattern
		.compile("(省|(?<![城都超门集夜股上开])市|县|(?<![园小社景城郊山矿辖片校])区|乡镇|乡|镇|街道)(政府|里|级|委|一级)"
				+ "|(?<=[某本我们一个])(县|乡镇|镇)|街道办|地级市|县城|县级市");

	private static final Pattern RANGE = Pattern.compile("(省|设区的市|地市|市|县|乡镇|乡)级?(?:及|或)?以(上|下)");

	private final List<Integer> levels;

	private GovernmentLevels(List<Integer> levels) {
		this.levels = List.copyOf(levels);
	}

	static GovernmentLevels of(String question) {
		List<Integer> levels = new ArrayList<>();
		Matcher named = NAMED.matcher(question);
		while (named.find()) {
			levels.add(rank(named.group()));
		}
		return levels.isEmpty() ? NONE : new GovernmentLevels(levels);
	}

	/**
	 * Whether the phrase sets a range of levels holding a level the question speaks of.
	 */
	boolean metBy(String phrase) {
		if (this.levels.isEmpty()) {
			return false;
		}
		Matcher range = RANGE.matcher(phrase);
		while (range.find()) {
			int bound = rank(range.group(1));
			boolean above = range.group(2).equals("上");
			if (this.levels.stream().anyMatch(level -> above ? level >= bound : level <= bound)) {
				return true;
			}
		}
		return false;
	}

	private static int rank(String named) {
		if (named.startsWith("省")) {
			return PROVINCE;
		}
		if (named.startsWith("乡") || named.startsWith("镇") || named.startsWith("街道")) {
			return TOWNSHIP;
		}
		if (named.startsWith("县") || named.startsWith("区")) {
			return COUNTY;
		}
		return CITY;
	}

}
