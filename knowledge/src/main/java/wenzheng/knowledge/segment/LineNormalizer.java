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

}
