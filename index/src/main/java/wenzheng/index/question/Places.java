package wenzheng.index.question;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import wenzheng.index.analysis.PhraseMatcher;
import wenzheng.knowledge.WordKinds;
import wenzheng.knowledge.document.Cities;
import wenzheng.knowledge.document.MetadataReader;
import wenzheng.knowledge.document.Provinces;

/**
 * The places the knowledge base covers, with the short names citizens use for them, and a
 * detector for places it does not cover. Aliases are derived from the names themselves
 * ("四平市" is also "四平", "市建委" also "建委", a province also "省里"), never listed per document;
 * an alias two places share is dropped as ambiguous.
 */
public final class Places {

	/** The one-character administrative suffixes of place names. */
	static final String ADMIN_SUFFIXES = "省市县区州旗盟";

	private static final Pattern ADMIN_SUFFIX = Pattern.compile("^(.{2,})[" + ADMIN_SUFFIXES + "]$");

	/** The levels a unit's name may start with ("市建委", "省教育厅"). */
	static final String LEVEL_PREFIXES = "省市县区";

	private static final Pattern LEVEL_PREFIX = Pattern.compile("^[" + LEVEL_PREFIXES + "](.{2,})$");

	/** An everyday word for the government of a level: "省里", "市里", "区里", "县里". */
	private static final Pattern LEVEL_WORD = Pattern.compile("^([" + LEVEL_PREFIXES + "])里$");

	private static final Pattern ZONE = Pattern.compile("^(.+?)((?:工业|经济|高新|技术|开发|产业)*园区|开发区|新区)$");

	private static final List<String> PROVINCE_ALIASES = List.of("省里", "全省", "省级", "省政府", "本省");

	/**
	 * A county or a district ("洮北区", "通榆县"), not a zone or an autonomous region: a
	 * citizen calls it by its level ("区里", "咱们区"), which names it when the knowledge base
	 * holds no other of that level. A city is left out, as a city's commissions ("市建委")
	 * are of the city level too.
	 */
	private static final Pattern COUNTY_LEVEL = Pattern.compile("^\\p{IsHan}{2,}(区|县)$");

	private static final List<String> COUNTY_LEVEL_WORDS = List.of("%s里", "我们%s", "咱们%s", "咱%s", "俺们%s");

	/** What may stand right before "区里": a preposition, a pronoun, "的". */
	private static final String BEFORE_DISTRICT_WORD = "在到去找跟向给和让被们的是从对我咱俺";

	/** The jurisdiction of national laws and State Council documents. */
	public static final String NATIONAL = MetadataReader.NATIONAL;

	private static final List<String> NATIONAL_WORDS = List.of("国务院", "全国", "国家层面", "党中央", "国办");

	/** A place-like word: two to four Han characters and an administrative suffix. */
	private static final Pattern PLACE_LIKE = Pattern.compile("([\\p{IsHan}]{2,4}?)(省|自治区|市|自治州|州|自治县|县|区|自治旗|旗|盟)");

	/**
	 * Characters that may stand right before a place name besides any punctuation or
	 * symbol ("嗨～桃北区"): words around it (also "按", "照", "据" of "按辽宁省的要点"), and
	 * determiners ("上海各区", "某市" name no place of their own).
	 */
	private static final String BOUNDARY = "在的是去到和与跟及了从往对给向按照据我你他她省市县区州我们各每该此某，,。、；;：:！!？?（）() 0123456789年时起至";

	private static final Set<String> COMMON_WORDS = Set.of("居民区", "开发区", "自贸区", "保税区", "示范区", "功能区", "住宅区", "商业区",
			"生活区", "老城区", "主城区", "风景区", "中心区", "试验区", "实验区", "直辖市", "县级市", "地级市", "大城市", "城乡区", "新城区", "工业园区", "产业园区",
			"行政区", "辖区", "家属区", "管辖区", "服务区", "住宅小区", "老旧小区", "高新区", "经济区", "园区");

	/**
	 * The end of a place-like word's stem that makes it a determiner and a level, not a
	 * name: "组织全市培训", "本省", "各县", "该区", "我市", "跨省".
	 */
	private static final Pattern DETERMINER_STEM = Pattern.compile("[全本各该我外跨每此其]$");

	/**
	 * Ordinary nouns that end like a place ("高风险地区", "老旧小区", "大城市"): a place-like word
	 * ending with one of them is not a place name.
	 */
	private static final List<String> GENERIC_ENDINGS = List.of("地区", "社区", "小区", "园区", "城区", "景区", "辖区", "片区", "学区",
			"校区", "山区", "厂区", "矿区", "灾区", "疫区", "市区", "郊区", "街区", "营区", "军区", "选区", "林区", "牧区", "库区", "老区", "城市", "超市",
			"菜市", "股市", "楼市", "夜市", "集市", "都市", "门市", "节省", "反省");

	/**
	 * Finds province and city names written without their suffix ("浙江", "深圳"): a question
	 * about another place often leaves the suffix out.
	 */
	private static final PhraseMatcher BARE_NAMES = new PhraseMatcher(
			Stream.concat(Provinces.shortNames().stream(), Cities.shortNames().stream()).toList());

	/**
	 * Other countries, found only where the question speaks of one's own things ("日本的劳动
	 * 基准法", "美国的签证"): "从日本回来" asks about the rules here.
	 */
	private static final PhraseMatcher COUNTRIES = new PhraseMatcher(Countries.names());

	private static final char POSSESSIVE = '的';

	private final Map<String, String> aliases;

	/** Finds aliases longest first, so that "白城工业园区" wins over "园区". */
	private final PhraseMatcher matcher;

	private final Set<String> jurisdictions;

	/** Finds known names written with one wrong character ("桃北区"). */
	private final PlaceTypos typos;

	private Places(Map<String, String> aliases, Set<String> jurisdictions) {
		this.aliases = aliases;
		this.jurisdictions = jurisdictions;
		this.matcher = new PhraseMatcher(aliases.keySet());
		this.typos = new PlaceTypos(aliases);
	}

	public static Places of(Collection<String> jurisdictions) {
		Map<String, Set<String>> candidates = new HashMap<>();
		Set<String> names = new LinkedHashSet<>();
		for (String name : jurisdictions) {
			if (name == null || name.isBlank()) {
				continue;
			}
			names.add(name);
			for (String alias : aliasesOf(name)) {
				// One character ("市", "省") names no place, and an empty alias would match
				// everywhere.
				if (alias.length() >= 2) {
					candidates.computeIfAbsent(alias, key -> new HashSet<>()).add(name);
				}
			}
		}
		Map<String, String> aliases = new HashMap<>();
		candidates.forEach((alias, owners) -> {
			if (owners.size() == 1) {
				aliases.put(alias, owners.iterator().next());
			}
		});
		names.stream().filter(name -> name.length() >= 2).forEach(name -> aliases.put(name, name));
		return new Places(aliases, names);
	}

	private static List<String> aliasesOf(String name) {
		List<String> aliases = new ArrayList<>();
		aliases.add(name);
		Matcher admin = ADMIN_SUFFIX.matcher(name);
		if (name.endsWith("自治区") || name.endsWith("特别行政区")) {
			aliases.add(name.replaceFirst("(自治区|特别行政区)$", ""));
		}
		else if (admin.matches() && !WordKinds.isEverydayName(name, admin.group(1))) {
			// "行政" of a jurisdiction "行政区" would make every "行政处罚" a place.
			aliases.add(admin.group(1));
		}
		Matcher level = LEVEL_PREFIX.matcher(name);
		if (level.matches()) {
			aliases.add(level.group(1));
		}
		Matcher zone = ZONE.matcher(name);
		if (zone.matches()) {
			aliases.add(zone.group(2));
			if (zone.group(2).endsWith("园区")) {
				aliases.add("园区");
			}
		}
		if (name.endsWith("省")) {
			aliases.addAll(PROVINCE_ALIASES);
		}
		Matcher county = COUNTY_LEVEL.matcher(name);
		if (county.matches() && !zone.matches() && !name.endsWith("自治区") && !name.endsWith("特别行政区")) {
			COUNTY_LEVEL_WORDS.forEach(word -> aliases.add(word.formatted(county.group(1))));
		}
		if (name.equals(NATIONAL)) {
			aliases.addAll(NATIONAL_WORDS);
		}
		return aliases;
	}

	public Set<String> jurisdictions() {
		return this.jurisdictions;
	}

	/**
	 * The known jurisdictions a text names, in order of first mention, also when written
	 * with one wrong character ("桃北区"); not a province that only locates the place after
	 * it ("吉林四平"), nor a province whose name stands before another suffix ("吉林市" is not
	 * 吉林省).
	 */
	public List<String> known(String text) {
		Set<String> found = new LinkedHashSet<>();
		for (Span span : knownSpans(text)) {
			if (!span.locator()) {
				found.add(span.place());
			}
		}
		return List.copyOf(found);
	}

	/**
	 * The text with every known place name blanked out, so that place names do not count
	 * as question words.
	 */
	public String withoutKnown(String text) {
		StringBuilder stripped = new StringBuilder(text);
		for (Span span : knownSpans(text)) {
			for (int i = span.start(); i < span.end(); i++) {
				stripped.setCharAt(i, ' ');
			}
		}
		return stripped.toString();
	}

	/**
	 * Places a text names that the knowledge base does not cover, such as another city,
	 * another country or the national level.
	 */
	public List<String> unknown(String text) {
		List<Span> known = knownSpans(text);
		Set<String> found = new LinkedHashSet<>();
		List<Span> named = new ArrayList<>();
		Matcher matcher = PLACE_LIKE.matcher(text);
		int from = 0;
		while (from < text.length() && matcher.find(from)) {
			int nameStart = boundedStart(text, matcher.start(), matcher.end(2) - matcher.group(2).length());
			int start = withoutProvince(text, nameStart, matcher.end());
			if (start >= 0 && !endsInEverydayPlaceWord(text, matcher.end())) {
				String name = text.substring(start, matcher.end());
				named.add(new Span(nameStart, matcher.end(), name));
				String stem = name.substring(0, name.length() - matcher.group(2).length());
				boolean everyday = !isRealCity(name)
						&& (GENERIC_ENDINGS.stream().anyMatch(name::endsWith) || WordKinds.isEverydayName(name, stem)
								|| WordKinds.holdsSentenceWord(stem) || DETERMINER_STEM.matcher(stem).find())
						|| isNoProvince(matcher.group(2), stem);
				if (!overlaps(known, start, matcher.end()) && !everyday && !COMMON_WORDS.contains(name)
						&& !COMMON_WORDS.contains(name.substring(1))) {
					found.add(name);
				}
			}
			from = matcher.end();
		}
		// Names without their suffix ("深圳", "浙江") count where a word may start or right
		// after a known place ("吉林长春"), and not inside a name found above ("湖北武汉市" asks
		// about 武汉市).
		for (PhraseMatcher.Span span : BARE_NAMES.find(text)) {
			boolean afterKnown = known.stream().anyMatch(place -> place.end() == span.start());
			if ((afterKnown || wordMayStartAt(text, span.start())) && standsApart(span, known, named)) {
				found.add(span.phrase());
			}
		}
		for (PhraseMatcher.Span span : COUNTRIES.find(text)) {
			boolean possessive = span.end() < text.length() && text.charAt(span.end()) == POSSESSIVE;
			if (possessive && wordMayStartAt(text, span.start()) && standsApart(span, known, named)) {
				found.add(span.phrase());
			}
		}
		if (!this.jurisdictions.contains(NATIONAL)) {
			NATIONAL_WORDS.stream().filter(text::contains).findFirst().ifPresent(word -> found.add(NATIONAL));
		}
		return List.copyOf(found);
	}

	/**
	 * The level an everyday word for its government stands for ("省" for "省里", "市" for
	 * "市里"), or {@code null}: the texts say "省", "市" or the place's name, never "省里".
	 */
	public static String levelOf(String word) {
		Matcher level = LEVEL_WORD.matcher(word);
		return level.matches() ? level.group(1) : null;
	}

	/**
	 * Whether the suffix ending at end starts an everyday word for "the city" or "the
	 * province" ("听说市里要求…", "省里规定"): the characters before it are then no name. A real
	 * name said that way ("北京市里") is still found without its suffix.
	 */
	private static boolean endsInEverydayPlaceWord(String text, int end) {
		return end < text.length() && text.charAt(end) == '里';
	}

	/**
	 * Where the place name from start to end begins when a province only locates it
	 * ("重庆垫江县" asks about 垫江县).
	 */
	private static int withoutProvince(String text, int start, int end) {
		String province = start < 0 ? null : Provinces.startOf(text.substring(start, end));
		return province != null && end - start - province.length() >= 3 ? start + province.length() : start;
	}

	/**
	 * The start of the place name ending at suffixStart: the shortest name (at least two
	 * characters) with a word boundary before it, or -1.
	 */
	private static int boundedStart(String text, int matchStart, int suffixStart) {
		for (int length = 2; length <= 4; length++) {
			int start = suffixStart - length;
			if (start < matchStart - 2 || start < 0) {
				break;
			}
			boolean clean = text.substring(start, suffixStart).chars().noneMatch(c -> BOUNDARY.indexOf(c) >= 0);
			if (clean && wordMayStartAt(text, start)) {
				return start;
			}
		}
		return -1;
	}

	/**
	 * Whether a place name may begin at index: at the start of the text or after a
	 * boundary character.
	 */
	static boolean wordMayStartAt(String text, int index) {
		if (index == 0) {
			return true;
		}
		char before = text.charAt(index - 1);
		return BOUNDARY.indexOf(before) >= 0 || !Character.isLetterOrDigit(before);
	}

	/**
	 * Whether a name found by itself lies outside the known places and the suffixed names
	 * found before it.
	 */
	private static boolean standsApart(PhraseMatcher.Span span, List<Span> known, List<Span> named) {
		return !overlaps(known, span.start(), span.end()) && !overlaps(named, span.start(), span.end());
	}

	private static boolean overlaps(List<Span> spans, int start, int end) {
		return spans.stream().anyMatch(span -> span.start() < end && start < span.end());
	}

	/**
	 * Whether a name ending in "省" names no province: China's provinces are few and known
	 * ("发到小区大群里最省事" names none).
	 */
	private static boolean isNoProvince(String suffix, String stem) {
		return suffix.equals("省") && !Provinces.shortNames().contains(stem);
	}

	/**
	 * Whether a place-like word is the official name of a real city, though it ends like
	 * an everyday word ("白城市" ends like "城市").
	 */
	static boolean isRealCity(String name) {
		return name.equals(Cities.startOf(name));
	}

	private List<Span> knownSpans(String text) {
		List<Span> spans = new ArrayList<>();
		Set<Integer> lookAlikeStarts = new HashSet<>();
		for (PhraseMatcher.Span span : this.matcher.find(text)) {
			String place = this.aliases.get(span.phrase());
			if (endsANoun(text, span)) {
				continue;
			}
			if (LookAlikes.namesAnotherPlace(text, span.start(), span.end(), place)
					|| LookAlikes.namesTheZoneOfAnotherPlace(text, span.start(), span.phrase(), place)
					|| LookAlikes.namesTheUnitOfAnotherPlace(text, span.start(), this.aliases::containsKey)) {
				lookAlikeStarts.add(span.start());
			}
			else {
				spans.add(new Span(span.start(), span.end(), place, false));
			}
		}
		// A name with a wrong character wins over the short names inside it ("白成工业园区"
		// holds "工业园区").
		for (PlaceTypos.Match typo : this.typos.find(text)) {
			boolean crossed = spans.stream()
				.anyMatch(span -> span.start() < typo.end() && typo.start() < span.end()
						&& (span.start() < typo.start() || span.end() > typo.end()));
			if (!crossed) {
				spans.removeIf(span -> span.start() >= typo.start() && span.end() <= typo.end());
				spans.add(new Span(typo.start(), typo.end(), typo.place(), false));
			}
		}
		spans.sort(Comparator.comparingInt(Span::start));
		List<Span> marked = new ArrayList<>(spans.size());
		for (Span span : spans) {
			boolean placeFollows = lookAlikeStarts.contains(span.end())
					|| spans.stream().anyMatch(next -> next.start() == span.end());
			boolean locator = LookAlikes.locatesNextPlace(text, span.end(), span.place(), placeFollows);
			marked.add(new Span(span.start(), span.end(), span.place(), locator));
		}
		return marked;
	}

	/**
	 * Whether an everyday word for a government ("区里") is the end of a noun ("小区里",
	 * "全省里"): the characters before it and its level make a word the dictionary knows,
	 * or, as 区 ends so many nouns ("评论区", "景区"), any character but a preposition or a
	 * pronoun stands before "区里".
	 */
	private static boolean endsANoun(String text, PhraseMatcher.Span span) {
		if (levelOf(span.phrase()) == null || span.start() == 0) {
			return false;
		}
		int level = span.start() + 1;
		char before = text.charAt(span.start() - 1);
		return WordKinds.isDictionaryWord(text.substring(span.start() - 1, level))
				|| span.start() >= 2 && WordKinds.isDictionaryWord(text.substring(span.start() - 2, level))
				|| span.phrase().startsWith("区") && Character.isIdeographic(before)
						&& BEFORE_DISTRICT_WORD.indexOf(before) < 0;
	}

	/**
	 * A known place named in a text.
	 *
	 * @param locator whether it is a province that only locates the place named right
	 * after it ("吉林四平")
	 */
	private record Span(int start, int end, String place, boolean locator) {

		Span(int start, int end, String name) {
			this(start, end, name, false);
		}

	}

}
