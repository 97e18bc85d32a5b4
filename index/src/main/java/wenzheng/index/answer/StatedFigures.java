package wenzheng.index.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The durations and ages a question states of the citizen's own case ("两年期的劳动合同",
 * "工作十二年", "怀孕三个月"), and whether a phrase of a clause sets a condition they meet
 * ("一年以上不满三年的", "未满4个月流产的"): laws answer by ranges of such figures, one range a phrase,
 * and the citizen gives the figure, not the range.
 */
final class StatedFigures {

	static final StatedFigures NONE = new StatedFigures(List.of(), GovernmentLevels.NONE);

	/**
	 * A number not cut out of a longer one ("22" of "2022年"), or a half ("半年", "半个月"; not
	 * the halves of a year, "上半年", which are dates).
	 */
	private static final String NUMBER = "(?<![0-9.零〇一二两三四五六七八九十百])([0-9]{1,3}(?:\\.[0-9])?|[零〇一二两三四五六七八九十百]{1,4}|(?<![上下前后])半)";

	/**
	 * "个月" before "年": a figure of months; "年度" a year ("不满一个年度"); "岁" and "周岁": an age;
	 * "天" and "日": days.
	 */
	private static final String UNIT = "(个月|个?年度|年|周岁|岁|天|日)";

	/**
	 * Figures a citizen states, also as a round number with more ("二十多天", "两个多月"): days
	 * only as "天", since "日" in a question is mostly a date.
	 */
	private static final Pattern STATED = Pattern.compile(NUMBER + "多?(个多月|个月|年|周岁|岁|天)");

	private static final Pattern BOUNDED = Pattern
		.compile("(?:满)?" + NUMBER + UNIT + "(?:以上)?(?:不满|未满|不足)" + NUMBER + UNIT);

	private static final Pattern BETWEEN = Pattern.compile(NUMBER + UNIT + "?(?:至|到)" + NUMBER + UNIT);

	private static final Pattern BELOW = Pattern.compile("(?:不满|未满|不足)" + NUMBER + UNIT);

	private static final Pattern FROM = Pattern.compile("(?:满" + NUMBER + UNIT + ")|(?:" + NUMBER + UNIT + "以上)");

	private static final Pattern UP_TO = Pattern
		.compile("(?:(?:不超过|不得超过|不多于)" + NUMBER + UNIT + ")|(?:" + NUMBER + UNIT + "(?:以下|以内|之内))");

	/** A four-digit year is a date, not a duration. */
	private static final double MAX_YEARS = 150;

	/**
	 * The ranges read from a clause text, kept per text object (the retriever decodes
	 * each clause once per index reader): every question stating a figure reads every
	 * candidate's ranges, five regular expressions each.
	 */
	private static final Cache<String, List<Range>> RANGES = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(100_000)
		.build();

	private final List<Figure> figures;

	private final GovernmentLevels levels;

	private StatedFigures(List<Figure> figures, GovernmentLevels levels) {
		this.figures = List.copyOf(figures);
		this.levels = levels;
	}

	/**
	 * The figures the text states.
	 */
	static StatedFigures of(String text) {
		List<Figure> figures = new ArrayList<>();
		Matcher stated = STATED.matcher(text);
		while (stated.find()) {
			Figure figure = Figure.of(stated.group(1), stated.group(2));
			if (figure != null) {
				figures.add(figure);
			}
		}
		GovernmentLevels levels = GovernmentLevels.of(text);
		return figures.isEmpty() && levels == GovernmentLevels.NONE ? NONE : new StatedFigures(figures, levels);
	}

	boolean isEmpty() {
		return this.figures.isEmpty() && this.levels == GovernmentLevels.NONE;
	}

	/**
	 * Whether the phrase sets a range of government levels holding the level of the
	 * citizen's case ("地市级以下政府" for "我们县政府"). For the passage only: in a large base
	 * thousands of articles begin "县级以上人民政府", and the range tells no clause apart.
	 */
	boolean levelMetBy(String phrase) {
		return this.levels.metBy(phrase);
	}

	/**
	 * Whether the phrase sets a range of duration or age that holds a stated figure of
	 * the same kind.
	 */
	boolean metBy(String phrase) {
		if (this.figures.isEmpty()) {
			return false;
		}
		return RANGES.get(phrase, StatedFigures::ranges)
			.stream()
			.anyMatch(range -> this.figures.stream().anyMatch(range::holds));
	}

	private static List<Range> ranges(String text) {
		List<Range> ranges = new ArrayList<>();
		// Two-sided forms first, blanked once read, so that their parts are not read
		// again as one-sided ones ("不满三年" in "一年以上不满三年").
		String rest = read(BOUNDED, text, ranges, match -> Range.between(Figure.of(match.group(1), match.group(2)),
				Figure.of(match.group(3), match.group(4)), false));
		rest = read(BETWEEN, rest, ranges,
				match -> Range.between(
						Figure.of(match.group(1), match.group(2) == null ? match.group(4) : match.group(2)),
						Figure.of(match.group(3), match.group(4)), true));
		rest = read(BELOW, rest, ranges, match -> Range.below(Figure.of(match.group(1), match.group(2)), false));
		rest = read(UP_TO, rest, ranges, match -> Range.below(match.group(1) != null
				? Figure.of(match.group(1), match.group(2)) : Figure.of(match.group(3), match.group(4)), true));
		read(FROM, rest, ranges, match -> Range.from(match.group(1) != null ? Figure.of(match.group(1), match.group(2))
				: Figure.of(match.group(3), match.group(4))));
		return List.copyOf(ranges);
	}

	/**
	 * Adds the ranges the form reads in the text, and returns the text with them blanked.
	 */
	private static String read(Pattern form, String text, List<Range> ranges, Function<MatchResult, Range> reader) {
		Matcher matcher = form.matcher(text);
		StringBuilder rest = new StringBuilder();
		while (matcher.find()) {
			Range range = reader.apply(matcher);
			if (range != null) {
				ranges.add(range);
			}
			matcher.appendReplacement(rest, " ");
		}
		matcher.appendTail(rest);
		return rest.toString();
	}

	enum Kind {

		MONTHS, DAYS, AGE

	}

	/**
	 * A figure in the unit of its kind: months for durations in years or months, days,
	 * years of age.
	 */
	record Figure(Kind kind, double value) {

		static Figure of(String number, String unit) {
			double value = number(number);
			if (Double.isNaN(value)) {
				return null;
			}
			return switch (unit) {
				case "年", "年度", "个年度" -> value > MAX_YEARS ? null : new Figure(Kind.MONTHS, value * 12);
				case "个月", "个多月" -> new Figure(Kind.MONTHS, value);
				case "天", "日" -> new Figure(Kind.DAYS, value);
				default -> new Figure(Kind.AGE, value);
			};
		}

	}

	/**
	 * From {@code low} (included) to {@code high} (included only when {@code closed}).
	 */
	private record Range(Kind kind, double low, double high, boolean closed) {

		static Range between(Figure low, Figure high, boolean closed) {
			return low == null || high == null || low.kind() != high.kind() ? null
					: new Range(low.kind(), low.value(), high.value(), closed);
		}

		static Range below(Figure high, boolean closed) {
			return high == null ? null : new Range(high.kind(), 0, high.value(), closed);
		}

		static Range from(Figure low) {
			return low == null ? null : new Range(low.kind(), low.value(), Double.POSITIVE_INFINITY, true);
		}

		boolean holds(Figure figure) {
			return figure.kind() == this.kind && figure.value() >= this.low
					&& (this.closed ? figure.value() <= this.high : figure.value() < this.high);
		}

	}

	/**
	 * Arabic digits, Chinese numerals up to the hundreds ("十二", "二十", "两", "一百零五"), or a
	 * half.
	 */
	static double number(String text) {
		if (text.equals("半")) {
			return 0.5;
		}
		if (Character.isDigit(text.charAt(0))) {
			return Double.parseDouble(text);
		}
		double total = 0;
		double digit = -1;
		for (char c : text.toCharArray()) {
			int value = "零〇一二三四五六七八九".indexOf(c);
			if (value >= 2) {
				digit = value - 1;
			}
			else if (value >= 0) {
				digit = 0;
			}
			else if (c == '两') {
				digit = 2;
			}
			else if (c == '十' || c == '百') {
				int unit = c == '十' ? 10 : 100;
				total += (digit < 0 ? 1 : digit) * unit;
				digit = -1;
			}
			else {
				return Double.NaN;
			}
		}
		return total + Math.max(digit, 0);
	}

}
