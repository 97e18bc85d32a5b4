package wenzheng.index.question;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import wenzheng.knowledge.WordKinds;

/**
 * What a clause itself says about place and year, as opposed to the documents it cites
 * and what it excepts: a clause that quotes 《2022年吉林省…要点》 or (吉政公组办〔2022〕20号) is neither
 * about 吉林省 nor about 2022 for that, and one for "各省（除湖北省外）" is a rule everywhere but
 * 湖北省.
 */
public final class ClauseScope {

	/**
	 * A document number's year in brackets and serial number ("〔2022〕20号", "[2019]591号").
	 */
	public static final Pattern DOCUMENT_NUMBER = Pattern
		.compile("[〔\\[［【(（]\\s*(?:19|20)\\d{2}\\s*[〕\\]］】)）]\\s*第?\\s*\\d+\\s*号");

	/**
	 * A cited document number with the issuer's abbreviation before it ("吉政公组办〔2022〕20号",
	 * "吉财社[2019]591号").
	 */
	private static final Pattern CITED_NUMBER = Pattern.compile("\\p{IsHan}{0,10}" + DOCUMENT_NUMBER.pattern());

	/**
	 * What a clause excepts: "除湖北省外", "除北京、上海以外", "（湖北省除外）". Within a phrase, so that
	 * "除…外" spans no comma or full stop.
	 */
	private static final Pattern EXCEPTION = Pattern
		.compile("除了?[^，。；：,;:！？!?\\s]{1,20}?以?外|[（(][^（）()，。；]{1,20}除外[）)]");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");

	/**
	 * Own texts and exceptions kept per clause text object: the retriever decodes each
	 * clause once per index reader, and a clause is a candidate for many questions.
	 */
	private static final Cache<String, Own> OWN = Caffeine.newBuilder().weakKeys().maximumSize(100_000).build();

	private ClauseScope() {
	}

	/**
	 * The clause without the titles it cites (《…》, also nested), the document numbers it
	 * quotes and what it excepts; each left out character becomes a space.
	 */
	public static String ownText(String clause) {
		return own(clause).text();
	}

	/**
	 * The known places the clause excepts from its rule ("除湖北省外") and names nowhere else:
	 * a clause that excepts a place cannot answer for it.
	 */
	public static List<String> exceptedPlaces(Places places, String clause) {
		Own own = own(clause);
		if (own.exceptions().isEmpty()) {
			return List.of();
		}
		List<String> named = places.known(own.text());
		return places.known(own.exceptions()).stream().filter(place -> !named.contains(place)).toList();
	}

	private static Own own(String clause) {
		return OWN.get(clause, ClauseScope::read);
	}

	/** Both read from the clause without its citations, found once. */
	private static Own read(String clause) {
		String withoutCitations = blank(CITED_NUMBER, withoutTitles(clause));
		StringBuilder exceptions = new StringBuilder();
		Matcher exception = EXCEPTION.matcher(withoutCitations);
		while (exception.find()) {
			exceptions.append(exception.group()).append(' ');
		}
		return new Own(blank(EXCEPTION, withoutCitations), exceptions.toString());
	}

	private static String withoutTitles(String clause) {
		StringBuilder own = new StringBuilder(clause.length());
		int depth = 0;
		for (int i = 0; i < clause.length(); i++) {
			char c = clause.charAt(i);
			if (c == '《') {
				depth++;
			}
			own.append(depth > 0 ? ' ' : c);
			if (c == '》' && depth > 0) {
				depth--;
			}
		}
		return own.toString();
	}

	private static String blank(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder blanked = new StringBuilder(text);
		while (matcher.find()) {
			for (int i = matcher.start(); i < matcher.end(); i++) {
				blanked.setCharAt(i, ' ');
			}
		}
		return blanked.toString();
	}

	/**
	 * The years the clause itself names ("2021年底前", "2022年度报告"), not those of the titles
	 * and document numbers it cites.
	 */
	public static Set<Integer> years(String clause) {
		Set<Integer> years = new LinkedHashSet<>();
		Matcher matcher = YEAR.matcher(ownText(clause));
		while (matcher.find()) {
			years.add(Integer.valueOf(matcher.group(1)));
		}
		return years;
	}

	/**
	 * The known places the clause itself names.
	 */
	public static List<String> places(Places places, String clause) {
		return places.known(ownText(clause));
	}

	/**
	 * Whether the clause itself names one of the given places that no document covers
	 * ("白城市", which a district's plan mentions), other than as part of a known place's
	 * name ("白城" of 白城工业园区) or the national level, which every document mentions in
	 * passing; true when there are no such places.
	 */
	public static boolean namesAny(Places places, String clause, Collection<String> otherPlaces) {
		List<String> named = otherPlaces.stream().filter(place -> !place.equals(Places.NATIONAL)).toList();
		if (named.isEmpty()) {
			return true;
		}
		String own = places.withoutKnown(ownText(clause));
		return named.stream().anyMatch(own::contains);
	}

	/**
	 * Whether a clause of the given jurisdiction may answer for the real places among the
	 * given ones, which no document covers: listed cities and provinces, and districts or
	 * counties the dictionary knows as place names ("朝阳区"); for another country, only a
	 * clause naming it, whatever its document. A clause of a document with a place of its
	 * own must name one of them itself ({@link #namesAny}), and not be a district's,
	 * county's or zone's plan, which mentions a city only in passing ("依托白城市…平台" is no
	 * rule of 白城市). A clause of a document without a known place may answer; so may any
	 * clause when the question names no real place ("期间市" of "疫情期间市里…").
	 */
	public static boolean speaksFor(Places places, String clause, String jurisdiction, Collection<String> otherPlaces) {
		List<String> countries = otherPlaces.stream().filter(Countries::contains).toList();
		if (!countries.isEmpty() && !namesAny(places, clause, countries)) {
			return false;
		}
		List<String> listed = otherPlaces.stream().filter(ClauseScope::isRealPlace).toList();
		if (listed.isEmpty() || jurisdiction == null) {
			return true;
		}
		return !isBelowCity(jurisdiction) && namesAny(places, clause, listed);
	}

	private static boolean isRealPlace(String place) {
		if (ListedPlaces.contains(place)) {
			return true;
		}
		boolean district = place.endsWith("区") || place.endsWith("县") || place.endsWith("旗");
		return district
				&& (WordKinds.isPlaceName(place) || WordKinds.isPlaceName(place.substring(0, place.length() - 1)));
	}

	/**
	 * Whether a jurisdiction is a district, county or zone ("洮北区", "白城工业园区"), not an
	 * autonomous region.
	 */
	static boolean isBelowCity(String jurisdiction) {
		if (jurisdiction == null || jurisdiction.endsWith("自治区") || jurisdiction.endsWith("特别行政区")) {
			return false;
		}
		return jurisdiction.endsWith("区") || jurisdiction.endsWith("县") || jurisdiction.endsWith("旗");
	}

	/**
	 * @param text the clause's own text
	 * @param exceptions what it excepts, each part followed by a space
	 */
	private record Own(String text, String exceptions) {

	}

}
