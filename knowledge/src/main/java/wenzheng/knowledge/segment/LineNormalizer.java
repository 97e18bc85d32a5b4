package wenzheng.knowledge.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * First step: splits text into trimmed, non-empty lines, remembering where cells and
 * paragraphs begin. Long lines holding several numbered items (common in web notices
 * saved as one line) are broken before each item.
 */
final class LineNormalizer {

	private static final int LONG_LINE = 120;

	private static final Pattern INLINE_ITEM = Pattern
		.compile("(?<=[。；;！？!?：:\\s])\\s*(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百零〇]{1,5}条))");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u2002-\\u200B\\uFEFF]+");

	/**
	 * Words that a narrow table cell wraps in the middle ("按照职能分别落" / "实"), a blank line
	 * between the halves: a line completing one is the rest of the line before. Left
	 * apart, the halves would be read as two cells.
	 */
	private static final List<String> WRAPPED_WORDS = List.of("落实", "责任单位", "牵头单位", "配合单位", "时限要求");

	private static final int WRAPPED_CELL_WIDTH = 6;

	private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	List<SourceLine> normalize(String text) {
		String withoutComments = HTML_COMMENT.matcher(text).replaceAll("\n");
		List<SourceLine> lines = new ArrayList<>();
		boolean blankBefore = true;
		for (String raw : withoutComments.split("\\R")) {
			boolean tabbed = raw.startsWith("\t");
			String line = SPACES.matcher(raw).replaceAll(" ").strip();
			if (line.isEmpty()) {
				blankBefore = true;
				continue;
			}
			if (completesWrappedWord(lines, line)) {
				SourceLine before = lines.remove(lines.size() - 1);
				line = before.text() + line;
				blankBefore = before.cellStart();
				tabbed = false;
			}
			boolean cellStart = blankBefore || tabbed;
			if (line.length() > LONG_LINE) {
				for (String part : INLINE_ITEM.split(line)) {
					String piece = part.strip();
					if (!piece.isEmpty()) {
						lines.add(new SourceLine(piece, true));
					}
				}
			}
			else {
				lines.add(new SourceLine(line, cellStart));
			}
			blankBefore = false;
		}
		return lines;
	}

	private static boolean completesWrappedWord(List<SourceLine> lines, String line) {
		if (lines.isEmpty()) {
			return false;
		}
		String before = lines.get(lines.size() - 1).text();
		if (before.length() < WRAPPED_CELL_WIDTH) {
			// The narrow section-heading cells ("组织保障" / "与监督落" / "实") are read as
			// headings already; joined, the last piece would look like a unit cell.
			return false;
		}
		for (String term : WRAPPED_WORDS) {
			for (int split = 1; split < term.length(); split++) {
				if (before.endsWith(term.substring(0, split)) && line.startsWith(term.substring(split))) {
					return true;
				}
			}
		}
		return false;
	}

}
