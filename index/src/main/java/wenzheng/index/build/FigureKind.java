package wenzheng.index.build;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of figure a clause states and a question asks for: an age, a length of time,
 * an amount or share, a distance or speed, a time of day; and one kind of statement that
 * is no figure but is found the same way, a classification. Each clause is indexed with
 * the kinds it states, so that retrieval can look for the question's words among the
 * clauses that state the kind of figure asked ("多大才能领结婚证" is answered by a clause with
 * "周岁", of which a large base has few among thousands on marriage): the answer-type
 * annotation of question answering, known before any word matches.
 */
public enum FigureKind {

	/** "二十二周岁", "60岁"; asked by "几岁", "多大岁数", "多大才能". */
	AGE("(周岁|岁)", "几岁|多少岁|几周岁|多少周岁|多大岁数|多大年纪|多大年龄|年龄.{0,4}(多少|几)|多大(才|就|算|可以|能)"),

	/**
	 * "三十日", "六个月", "一年"; asked by "多长时间", "多久", "几天". A four-digit year and a day of a
	 * month are dates, not lengths of time.
	 */
	DURATION("(个月|个工作日|工作日|日|天|年|周(?!岁)|个小时|小时)", "多长时间|多久|多长|(几|多少)(个月|个?(天|日|年(?!级)|周(?!岁)|工作日|小时))|期限是|时效"),

	/** "二倍", "百分之五", "5%", "一千元", "万分之五"; asked by "多少钱", "几倍", "比例". */
	AMOUNT("(倍|元|万元|%|％)|[百千万]分之",
			"多少钱|(几|多少)倍|百分之几|百分之多少|多少(元|块|万)|比例|标准(是|为)?多少|"
					+ "(赔|补|罚|交|缴|发|给|扣|付|领|拿)(偿|贴|助|款)?多少|多少(赔偿|补偿|补贴|钱|费)|按.{0,6}多少"),

	/**
	 * "120公里", "50米至100米"; asked by "多远", "时速", "多少米", "速度是多少", "开多快" (not by a mere
	 * mention of speed or distance, nor by "得多快跟上", which asks how soon).
	 */
	DISTANCE("(公里|千米|米)", "多远|(多少|几)(米|公里|千米)|时速|(速度|车速|距离)(是|为|有|能)?(多少|多快|多大)|(开|骑|跑|驶)得?多快"),

	/** "二十二时", "晚上10点"; asked by "几点" ("几时" asks when, a date answers it). */
	CLOCK("(时(?![间期代候效限])|点(?![前多几儿]))", "几点"),

	/**
	 * Not a figure but the statement that answers "what counts as": a definition or a
	 * classification ("本法所称老年人是指六十周岁以上的公民", "视为不定期租赁", "应当认定为工伤"); asked by "算不算",
	 * "能算…吗", "属于什么", "是指什么", "什么是". A large base holds such a clause among thousands
	 * that use the defined word.
	 */
	CLASSIFICATION(Pattern.compile("是指|所称|系指|视为|视同|认定为|认定是"),
			Pattern.compile(FigureKind.COUNTS_AS + "|指(的是)?什么|什么是|什么叫|何为|什么意思|(怎么|如何)界定"));

	/** What asks what something counts as ("还能算工伤吗", "属于什么租赁"), not what it means. */
	private static final String COUNTS_AS = "算不算|(还|能|可以|才)算|算(是|作|什么|哪种|哪类|啥)|属不属于|(是否|是不是)属于|属于(什么|哪种|哪类|啥)"
			+ "|属于\\p{IsHan}{1,8}[吗么]";

	/**
	 * What asks what something counts as, which a classification answers; a question what
	 * something means ("是指什么") is answered by any explanation too.
	 */
	public static final Pattern COUNTS_AS_ASKED = Pattern.compile(COUNTS_AS);

	/**
	 * A Chinese or Arabic number, as figures are written in policy texts and laws, read
	 * only from its first numeral and never given back: a long run of digits is then
	 * tried once, not once per digit.
	 */
	private static final String NUMBER = "(?<![0-9０-９一二三四五六七八九十两百千万零〇.])"
			+ "(?:[0-9０-９]++(?:\\.[0-9]++)?|[一二三四五六七八九十两百千万零〇]++)";

	/** A calendar year: four numerals, none of them a 十, 百, 千 or 万. */
	private static final Pattern YEAR = Pattern.compile("[0-9０-９一二三四五六七八九零〇]{4}\\s*年");

	private final Pattern stated;

	private final Pattern asked;

	FigureKind(String unit, String asked) {
		this(Pattern.compile(NUMBER + "\\s*" + unit), Pattern.compile(asked));
	}

	FigureKind(Pattern stated, Pattern asked) {
		this.stated = stated;
		this.asked = asked;
	}

	/**
	 * What asks for a figure of this kind.
	 */
	public Pattern asked() {
		return this.asked;
	}

	/**
	 * The kinds of figure the text states.
	 */
	public static Set<FigureKind> statedIn(String text) {
		Set<FigureKind> kinds = EnumSet.noneOf(FigureKind.class);
		for (FigureKind kind : values()) {
			if (kind.isStatedIn(text)) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	/**
	 * The kinds of figure the question asks for; empty when it asks for none.
	 */
	public static Set<FigureKind> askedIn(String question) {
		Set<FigureKind> kinds = EnumSet.noneOf(FigureKind.class);
		for (FigureKind kind : values()) {
			if (kind.asked.matcher(question).find()) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	/**
	 * Whether the text states a figure of this kind.
	 */
	public boolean isStatedIn(String text) {
		Matcher figure = this.stated.matcher(text);
		while (figure.find()) {
			if (!isDate(text, figure)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "2021年", "二〇二一年" and the "20日" of "11月20日" are dates.
	 */
	private boolean isDate(String text, Matcher figure) {
		if (this != DURATION) {
			return false;
		}
		boolean year = figure.group().endsWith("年") && YEAR.matcher(figure.group()).matches();
		boolean dayOfMonth = figure.start() > 0 && text.charAt(figure.start() - 1) == '月';
		return year || dayOfMonth;
	}

}
