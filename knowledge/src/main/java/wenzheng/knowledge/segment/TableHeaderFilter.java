package wenzheng.knowledge.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Second step: removes table header rows ("序号 责任分工 完成时限"), which PDF extraction repeats
 * on every page, and lines repeated as page headers, and reports the table's layout.
 */
final class TableHeaderFilter {

	private static final Set<String> HEADER_WORDS = Set.of("序号", "责任分工", "完成时限", "目标", "任务", "任务要点", "责任单位", "时限要求",
			"主要任务", "细化指标", "工作措施", "可检视成果", "牵头单位", "牵头部门", "配合单位", "配合部门", "工作任务", "具体任务", "重点任务", "备注", "完成时间",
			"责任部门", "工作内容", "考评要点", "分值", "评分标准");

	private static final int MIN_REPEATED_LENGTH = 8;

	/**
	 * Fewer header words than this in a whole document are ordinary headings, not a
	 * table.
	 */
	private static final int MIN_HEADER_WORDS = 3;

	private final ColumnClassifier classifier;

	private final Numbering numbering;

	private final String title;

	/**
	 * @param title the document title, compacted: page headers repeat it
	 */
	TableHeaderFilter(ColumnClassifier classifier, Numbering numbering, String title) {
		this.classifier = classifier;
		this.numbering = numbering;
		this.title = title;
	}

	Result filter(List<SourceLine> lines) {
		List<HeaderMatch> matches = lines.stream().map(line -> matchHeader(line.text())).toList();
		int headerWords = matches.stream().mapToInt(HeaderMatch::words).sum();
		if (headerWords < MIN_HEADER_WORDS) {
			return new Result(lines, TableLayout.PROSE);
		}
		List<SourceLine> kept = new ArrayList<>();
		Set<String> afterHeader = new HashSet<>();
		boolean deliverable = false;
		boolean headerBefore = false;
		for (int i = 0; i < lines.size(); i++) {
			HeaderMatch match = matches.get(i);
			if (match.words() == 0) {
				SourceLine line = lines.get(i);
				if (headerBefore) {
					afterHeader.add(line.compact());
				}
				kept.add(line);
				headerBefore = line.compact().equals(this.title);
				continue;
			}
			deliverable |= match.deliverable();
			headerBefore = true;
			if (!match.remainder().isEmpty()) {
				SourceLine remainder = new SourceLine(match.remainder(), true);
				afterHeader.add(remainder.compact());
				kept.add(remainder);
			}
		}
		return new Result(dropPageHeaders(kept, afterHeader), new TableLayout(true, deliverable));
	}

	/**
	 * A header row is a line made only of header words, or starting with at least two of
	 * them.
	 */
	private static HeaderMatch matchHeader(String text) {
		String compact = text.replace(" ", "");
		if (HEADER_WORDS.contains(compact)) {
			return new HeaderMatch(1, compact.equals("可检视成果"), "");
		}
		String[] tokens = text.split(" ");
		int words = 0;
		boolean deliverable = false;
		while (words < tokens.length && HEADER_WORDS.contains(tokens[words])) {
			deliverable |= tokens[words].equals("可检视成果");
			words++;
		}
		if (words < tokens.length) {
			// The last header word may be glued to the text that follows it.
			String last = tokens[words];
			for (String word : HEADER_WORDS) {
				if (words >= 1 && last.startsWith(word) && last.length() > word.length()) {
					StringBuilder remainder = new StringBuilder(last.substring(word.length()));
					for (int i = words + 1; i < tokens.length; i++) {
						remainder.append(' ').append(tokens[i]);
					}
					return new HeaderMatch(words + 1, deliverable, remainder.toString());
				}
			}
		}
		if (words >= 2) {
			return new HeaderMatch(words, deliverable,
					String.join(" ", java.util.Arrays.copyOfRange(tokens, words, tokens.length)));
		}
		return (words == tokens.length && words > 0) ? new HeaderMatch(words, deliverable, "")
				: new HeaderMatch(0, false, "");
	}

	/**
	 * Lines that repeat word for word in a table document and are neither a cell value
	 * nor a numbered item are page headers (the document title, a section banner).
	 */
	private List<SourceLine> dropPageHeaders(List<SourceLine> lines, Set<String> afterHeader) {
		Map<String, Integer> counts = new HashMap<>();
		for (SourceLine line : lines) {
			counts.merge(line.compact(), 1, Integer::sum);
		}
		List<SourceLine> kept = new ArrayList<>();
		for (SourceLine line : lines) {
			String compact = line.compact();
			boolean repeated = counts.get(compact) > 1 && afterHeader.contains(compact)
					&& compact.length() >= MIN_REPEATED_LENGTH && !compact.contains("。")
					&& this.numbering.read(line.text()) == null && !this.classifier.looksLikeColumn(compact);
			if (!repeated) {
				kept.add(line);
			}
		}
		return kept;
	}

	record Result(List<SourceLine> lines, TableLayout layout) {
	}

	private record HeaderMatch(int words, boolean deliverable, String remainder) {
	}

}
