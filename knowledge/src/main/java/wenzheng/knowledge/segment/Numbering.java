package wenzheng.knowledge.segment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Third step: reads the numbering mark that opens a line, in the conventions of Chinese
 * official documents and Markdown headings.
 */
final class Numbering {

	private static final String HAN_NUMBER = "[一二三四五六七八九十百千零〇两]{1,6}";

	private record Rule(Pattern pattern, int level) {
	}

	private static final List<Rule> RULES = List.of(new Rule(Pattern.compile("^(第" + HAN_NUMBER + "[编章])\\s*(.*)$"), 1),
			new Rule(Pattern.compile("^(第" + HAN_NUMBER + "节)\\s*(.*)$"), 2),
			new Rule(Pattern.compile("^(第" + HAN_NUMBER + "条(?:之[一二三四五六七八九十]{1,3})?)\\s*(.*)$"), 3),
			new Rule(Pattern.compile("^([一二三四五六七八九十]{1,3}[、．.])\\s*(.*)$"), 1),
			new Rule(Pattern.compile("^([（(][一二三四五六七八九十]{1,3}[）)])\\s*(.*)$"), 2),
			new Rule(Pattern.compile("^(\\d{1,3}[、．.])(?![\\d.．%])\\s*(.*)$"), 3),
			new Rule(Pattern.compile("^([（(]\\d{1,3}[）)])\\s*(.*)$"), 4),
			new Rule(Pattern.compile("^([①-⑳])\\s*(.*)$"), 5));

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{2,6})\\s+(.*)$");

	private static final Pattern BARE_ROW = Pattern.compile("^(\\d{1,3})(?:\\s+(.+))?$");

	private static final Pattern BARE_HAN = Pattern.compile("^([一二三四五六七八九十]{1,3})$");

	/**
	 * Reads a mark that does not depend on context.
	 * @return the mark, or {@code null} when the line does not open with one
	 */
	Marker read(String line) {
		Matcher heading = MARKDOWN_HEADING.matcher(line);
		if (heading.matches()) {
			Marker inner = read(heading.group(2));
			if (inner != null) {
				return inner;
			}
			return new Marker(Math.min(heading.group(1).length() - 1, 2), "", heading.group(2).strip(), -1);
		}
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern().matcher(line);
			if (matcher.matches()) {
				return new Marker(rule.level(), matcher.group(1), matcher.group(2).strip(), -1);
			}
		}
		return null;
	}

	/**
	 * Reads a mark inside a table, where a row number or a section numeral may stand
	 * alone in its cell. A bare number counts only when it continues the row sequence, so
	 * that numbers broken off a sentence do not.
	 * @param lastRow the previous row number, 0 before the first
	 */
	Marker readInTable(String line, int lastRow) {
		Matcher bare = BARE_ROW.matcher(line);
		if (bare.matches()) {
			int row = Integer.parseInt(bare.group(1));
			if (row == lastRow + 1 || (row == 1 && lastRow > 1)) {
				String rest = bare.group(2) == null ? "" : bare.group(2).strip();
				return new Marker(Marker.ITEM_LEVEL, bare.group(1), rest, row);
			}
		}
		Matcher han = BARE_HAN.matcher(line);
		if (han.matches()) {
			return new Marker(1, han.group(1), "", -1);
		}
		return read(line);
	}

}
