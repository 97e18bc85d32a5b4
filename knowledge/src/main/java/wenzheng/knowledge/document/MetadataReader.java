package wenzheng.knowledge.document;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import wenzheng.knowledge.WordKinds;

/**
 * Reads a document's metadata from the first lines of its text. Government documents open
 * with a fixed pattern (issuing body, 文号, title, date); the reader looks for each part
 * where it usually stands and leaves it {@code null} when the text does not have it.
 */
public final class MetadataReader {

	/**
	 * The jurisdiction of national laws and State Council documents: the whole country.
	 */
	public static final String NATIONAL = "全国";

	private static final int HEAD_LINES = 60;

	private static final int MAX_TITLE_LENGTH = 60;

	private static final int MAX_STORED_TITLE = 200;

	private static final Pattern TITLE_WORD = Pattern
		.compile("(方案|要点|清单|台账|通知|办法|条例|规定|意见|计划|决定|细则|规则|公告|通告|规划|法|指引|指南|措施|批复|报告)$");

	private static final Pattern ISSUING_NOTICE = Pattern.compile("^关于印发《(.+)》的通知$");

	private static final Pattern MARKDOWN_TITLE = Pattern.compile("^#\\s+(.+)$");

	private static final Pattern DOCUMENT_NUMBER = Pattern
		.compile("^[\\p{IsHan}A-Za-z]{1,12}[〔\\[［(（]\\d{4}[〕\\]］)）]\\d{1,4}号$");

	private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");

	private static final Pattern DATE_LINE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");

	private static final Pattern PUBLISHED = Pattern
		.compile("(?:发布|公布|印发)(?:日期|时间)?[:：]?\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	private static final Pattern YEAR = Pattern.compile("(20\\d{2}|19\\d{2})年");

	private static final Pattern ISSUER = Pattern
		.compile("^[\\p{IsHan}（）()]{2,40}(领导小组|人民政府|办公室|办公厅|委员会|常务委员会|管委会|局|厅|部|院|署)$");

	private static final Pattern LEADING_NOISE = Pattern.compile("^(关于印发|关于|《|中共)+");

	/** A zone: "白城工业园区", "东营经济技术开发区". */
	private static final String ZONE_STEM = "[\\p{IsHan}&&[^我本该此]]{2,4}?";

	private static final String ZONE_KIND = "(?:工业|经济|高新|技术|开发|产业)*(?:园区|开发区|新区)";

	private static final String ZONE = ZONE_STEM + ZONE_KIND;

	/** A zone's own name, before the words saying what kind of zone it is. */
	private static final Pattern ZONE_NAME = Pattern.compile("(" + ZONE_STEM + ")" + ZONE_KIND);

	/** A name of two to four characters with its level: "洮北区", "平凉市". */
	private static final String LEVELLED_NAME = "[\\p{IsHan}&&[^我本该此]]{2,4}?(?:省|自治州|市|县|区|旗|盟)";

	/** One of the old cities named with 州: "广州". */
	private static final String OLD_CITY = "\\p{IsHan}{1,2}州";

	/**
	 * A place below the province. Not a name holding a pronoun or starting with a word of
	 * the sentence around it ("我市", "致驻…"), nor a word that only ends like a place ("市场",
	 * "区域", "市级").
	 */
	private static final Pattern LOCAL_PLACE = Pattern
		.compile("(?![省市县区州致为对在从向于与及各全本转暂调恢进])(?:" + ZONE + "|" + LEVELLED_NAME + "|" + OLD_CITY + ")(?![场民级域])");

	/** What follows the short name of an autonomous region: "壮族自治区", "自治区". */
	private static final Pattern AUTONOMOUS_REGION = Pattern.compile("\\p{IsHan}{0,4}?自治区");

	/**
	 * The title of a law, a regulation or a judicial interpretation, not of a notice or a
	 * plan.
	 */
	private static final Pattern LEGAL_ACT = Pattern.compile("(法|条例|规定|实施细则|解释)(（[^）]*）)?$");

	/** A body of a level of government the title does not name: "市建委", "区教育局". */
	private static final Pattern BODY = Pattern.compile("^[省市县区][\\p{IsHan}]{1,6}(委|局|办|厅|署|中心)$");

	/**
	 * Titles of national laws and of documents by the State Council, the central
	 * committee, a ministry or the supreme court and procuratorate.
	 */
	private static final Pattern NATIONAL_ISSUER = Pattern
		.compile("^(中华人民共和国|国务院|国家|国办|中共中央|党中央|全国|最高人民法院|最高人民检察院|人民法院|人民检察院|[\\p{IsHan}]{2,12}部(关于|办公厅|印发|发布|联合|等))");

	/**
	 * A national administration whose local offices carry its name before their place's:
	 * "国家税务总局福建省税务局" is Fujian's tax bureau.
	 */
	private static final Pattern NATIONAL_BRANCH = Pattern.compile("国家\\p{IsHan}{1,10}?总局");

	/**
	 * Reads the metadata of a text.
	 * @param text the whole document text
	 * @param fallbackTitle used when no line looks like a title (usually the file name)
	 */
	public DocumentMetadata read(String text, String fallbackTitle) {
		List<String> head = headLines(text);
		String title = title(head, fallbackTitle);
		Matcher notice = ISSUING_NOTICE.matcher(title);
		if (notice.matches()) {
			// "关于印发《X》的通知" wraps the document that citizens know as X.
			title = notice.group(1);
		}
		title = limit(title, MAX_STORED_TITLE);
		LocalDate written = writtenDate(head);
		LocalDate published = publishedDate(head);
		return new DocumentMetadata(title, issuer(head), jurisdiction(title), documentNumber(head), written, published,
				year(title, written, published, text));
	}

	private static List<String> headLines(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (!trimmed.isEmpty() && !trimmed.startsWith("<!--")) {
				lines.add(trimmed);
			}
			if (lines.size() == HEAD_LINES) {
				break;
			}
		}
		return lines;
	}

	private static String title(List<String> head, String fallbackTitle) {
		for (String line : head) {
			Matcher markdown = MARKDOWN_TITLE.matcher(line);
			if (markdown.matches()) {
				return markdown.group(1).strip();
			}
		}
		for (int i = 0; i < head.size(); i++) {
			String line = compact(head.get(i));
			if (line.length() <= MAX_TITLE_LENGTH && TITLE_WORD.matcher(line).find()) {
				// A title broken over two lines: the first half names the place or year,
				// the second the kind.
				if (i > 0 && !head.get(i - 1).contains("。")) {
					String joined = compact(head.get(i - 1)) + line;
					if (joined.length() <= MAX_TITLE_LENGTH && YEAR.matcher(compact(head.get(i - 1))).find()
							&& !YEAR.matcher(line).find()) {
						return joined;
					}
				}
				return line;
			}
		}
		if (!head.isEmpty()) {
			String first = head.get(0);
			String[] parts = first.split("\\s{1,}", 2);
			String candidate = parts[0];
			if (candidate.length() <= MAX_TITLE_LENGTH && candidate.length() >= 4) {
				return candidate;
			}
		}
		return fallbackTitle;
	}

	private static String compact(String line) {
		return line.replaceAll("\\s+", "");
	}

	private static String issuer(List<String> head) {
		for (String line : head) {
			String compact = compact(line);
			if (ISSUER.matcher(compact).matches()) {
				return compact;
			}
		}
		return null;
	}

	/**
	 * The place or body a title is about, read from its start (before its year): a
	 * province, with or without its suffix; a city, county, district or zone ("白城工业园区"),
	 * also behind the province that locates it ("吉林白城工业园区", "湖北黄冈：…"); a body of an
	 * unnamed level ("市建委"); a prefecture-level city without its suffix ("大连将…"); the
	 * place of a national administration's local office ("国家税务总局福建省税务局"); or the whole
	 * country for a law, a regulation or a national body's document that names no place.
	 * Anything else that happens to end in 市 or 区 ("强化市场…", "恢复我市…") is no place.
	 */
	static String jurisdiction(String title) {
		if (title == null || title.isBlank()) {
			return null;
		}
		String rest = LEADING_NOISE.matcher(compact(title)).replaceFirst("");
		rest = rest.replaceFirst("^\\d{4}年(度)?", "");
		Matcher branch = NATIONAL_BRANCH.matcher(rest);
		if (branch.lookingAt()) {
			String place = jurisdiction(rest.substring(branch.end()));
			if (place != null && !place.equals(NATIONAL)) {
				return place;
			}
		}
		if (NATIONAL_ISSUER.matcher(rest).find()) {
			return NATIONAL;
		}
		Matcher year = YEAR.matcher(rest);
		String prefix = year.find() && year.start() > 0 ? rest.substring(0, year.start()) : rest;
		String province = Provinces.startOf(prefix);
		if (province != null) {
			String after = prefix.substring(province.length());
			Matcher local = LOCAL_PLACE.matcher(after);
			if (!AUTONOMOUS_REGION.matcher(after).lookingAt() && local.lookingAt() && isProperName(local.group())) {
				return officialName(local.group());
			}
			// A headline's "湖北黄冈：…": a city by its short name right behind its
			// province's.
			String city = Cities.startOf(after);
			return city != null ? city : Provinces.fullName(province);
		}
		Matcher local = LOCAL_PLACE.matcher(prefix);
		if (local.lookingAt() && isProperName(local.group())) {
			return officialName(local.group());
		}
		if (BODY.matcher(prefix).matches()) {
			return prefix;
		}
		String city = Cities.startOf(prefix);
		if (city != null) {
			return city;
		}
		// A law or regulation that names no place is a national one ("工伤保险条例").
		return LEGAL_ACT.matcher(rest).find() ? NATIONAL : null;
	}

	/**
	 * Whether a place-like word is a place's name, not an everyday word with a suffix:
	 * the titles of national acts start with "行政区划", "保税区", "城市市容", "经济技术开发区".
	 */
	private static boolean isProperName(String place) {
		Matcher zone = ZONE_NAME.matcher(place);
		String stem = zone.matches() ? zone.group(1) : place.substring(0, place.length() - 1);
		return !WordKinds.isEverydayName(place, stem);
	}

	/**
	 * A city named without its suffix ("广州出台…", "杭州市民…" read as 杭州) by its official name,
	 * so that one city is one place whichever way its titles name it.
	 */
	private static String officialName(String place) {
		String city = Cities.startOf(place);
		return city != null && city.startsWith(place) ? city : place;
	}

	private static String limit(String value, int length) {
		return value.length() <= length ? value : value.substring(0, length);
	}

	private static String documentNumber(List<String> head) {
		for (String line : head) {
			String compact = compact(line);
			if (DOCUMENT_NUMBER.matcher(compact).matches()) {
				return compact;
			}
		}
		return null;
	}

	private static LocalDate writtenDate(List<String> head) {
		for (String line : head) {
			Matcher matcher = DATE_LINE.matcher(compact(line));
			if (matcher.matches()) {
				return date(matcher);
			}
		}
		return null;
	}

	private static LocalDate publishedDate(List<String> head) {
		for (String line : head) {
			Matcher matcher = PUBLISHED.matcher(compact(line));
			if (matcher.find()) {
				return date(matcher);
			}
		}
		return null;
	}

	private static LocalDate date(Matcher matcher) {
		try {
			return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * The year a document is about: the year its title names (a 2022 work plan); failing
	 * that, the year it was written or published; failing that, the year most of the
	 * dates in its text fall in (a notice signed "2020年2月13日", a news item dated
	 * "2020-02-21").
	 */
	private static Integer year(String title, LocalDate written, LocalDate published, String text) {
		Matcher matcher = YEAR.matcher(title);
		if (matcher.find()) {
			return Integer.valueOf(matcher.group(1));
		}
		if (written != null || published != null) {
			return (written != null ? written : published).getYear();
		}
		return yearOfDates(text);
	}

	private static Integer yearOfDates(String text) {
		Map<Integer, Integer> counts = new HashMap<>();
		for (Pattern pattern : new Pattern[] { DATE, ISO_DATE }) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				LocalDate date = date(matcher);
				if (date != null) {
					counts.merge(date.getYear(), 1, Integer::sum);
				}
			}
		}
		return counts.entrySet()
			.stream()
			.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

}
