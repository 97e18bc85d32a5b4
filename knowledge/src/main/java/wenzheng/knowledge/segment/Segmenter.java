package wenzheng.knowledge.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.clause.ClauseColumns;

/**
 * Splits a document's text into clauses: the numbered items of official documents and
 * task-list tables, the articles of regulations, or the paragraphs of plain notices. The
 * work is a chain of small steps: {@link LineNormalizer}, {@link TableHeaderFilter},
 * {@link Numbering} with {@link ColumnClassifier} inside {@link ClauseAssembler}, then
 * long texts are cut at sentence ends so that every clause stays readable.
 */
public final class Segmenter {

	/**
	 * Bumped whenever segmentation output or the metadata read with it changes (9: a
	 * responsible-unit cell broken after "区委组织部、区" stays in its column): stored documents
	 * made with an older version are read and segmented again from their stored text;
	 * editors' metadata corrections stay as they are.
	 */
	public static final int VERSION = 9;

	/**
	 * Texts longer than this are cut into parts of at most {@link #PART_LENGTH}
	 * characters.
	 */
	private static final int MAX_CLAUSE_LENGTH = 600;

	private static final int PART_LENGTH = 400;

	private static final int HEADING_LENGTH = 30;

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?;\\n])");

	private static final Pattern HEADING_END = Pattern.compile("[。；;：:，,\\n]");

	private final Numbering numbering = new Numbering();

	private final ColumnClassifier classifier = new ColumnClassifier();

	private final LineNormalizer normalizer = new LineNormalizer();

	private final ClauseAssembler assembler = new ClauseAssembler(this.numbering, this.classifier);

	/**
	 * Segments a document.
	 * @param documentId the id the clauses will carry
	 * @param title the document title: lines repeating it are page headers and are
	 * dropped
	 * @param text the whole text
	 */
	public List<Clause> segment(String documentId, String title, String text) {
		String compactTitle = title == null ? "" : title.replaceAll("\\s+", "");
		List<SourceLine> lines = this.normalizer.normalize(text);
		TableHeaderFilter.Result filtered = new TableHeaderFilter(this.classifier, this.numbering, compactTitle)
			.filter(lines);
		filtered = new TableHeaderFilter.Result(withoutTitle(filtered.lines(), compactTitle), filtered.layout());
		List<ClauseAssembler.Node> nodes = this.assembler.assemble(filtered.lines(), filtered.layout());
		List<Clause> clauses = new ArrayList<>();
		for (ClauseAssembler.Node node : nodes) {
			String body = node.text.toString().strip();
			ClauseColumns columns = TrailingResponsible.read(body, node.columns());
			// Section headings only name what follows; numbered items and table rows are
			// content even when they
			// have sub-items.
			boolean pureHeading = node.level < Marker.ITEM_LEVEL && node.hasChildren && node.ownColumns().isEmpty()
					&& isHeadingOnly(body);
			if (pureHeading || (body.isEmpty() && node.ownColumns().isEmpty())) {
				continue;
			}
			List<String> path = headingPath(title, node);
			for (String part : parts(body)) {
				clauses.add(new Clause(documentId, clauses.size(), node.label, path, part, columns));
			}
		}
		return clauses;
	}

	private static List<SourceLine> withoutTitle(List<SourceLine> lines, String compactTitle) {
		if (compactTitle.isEmpty()) {
			return lines;
		}
		List<SourceLine> kept = new ArrayList<>();
		for (SourceLine line : lines) {
			String compact = line.compact().replaceFirst("^#+", "");
			if (!compact.equals(compactTitle)) {
				kept.add(line);
			}
		}
		return kept;
	}

	private static boolean isHeadingOnly(String body) {
		return body.length() <= HEADING_LENGTH && !body.contains("。");
	}

	private static List<String> headingPath(String title, ClauseAssembler.Node node) {
		List<String> path = new ArrayList<>();
		for (ClauseAssembler.Node current = node; current != null && current.level > 0; current = current.parent) {
			path.add(0, heading(current));
		}
		if (title != null && !title.isBlank()) {
			path.add(0, title);
		}
		return path;
	}

	/**
	 * A node's heading: its mark and the first phrase of its text.
	 */
	private static String heading(ClauseAssembler.Node node) {
		String body = node.text.toString().strip();
		var end = HEADING_END.matcher(body);
		String phrase = end.find() ? body.substring(0, end.start()) : body;
		if (phrase.length() > HEADING_LENGTH) {
			phrase = phrase.substring(0, HEADING_LENGTH) + "…";
		}
		// Marks that end in a word or digit need a space: "第二条 本条例…", "7 处罚强制"; "一、" and
		// "（一）" do not.
		boolean spaced = !node.label.isEmpty() && Character.isLetterOrDigit(node.label.charAt(node.label.length() - 1));
		return (node.label + (spaced ? " " : "") + phrase).strip();
	}

	private static List<String> parts(String body) {
		if (body.length() <= MAX_CLAUSE_LENGTH) {
			return List.of(body);
		}
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String sentence : SENTENCE_END.split(body)) {
			if (!current.isEmpty() && current.length() + sentence.length() > PART_LENGTH) {
				parts.add(current.toString().strip());
				current.setLength(0);
			}
			current.append(sentence);
			while (current.length() > MAX_CLAUSE_LENGTH) {
				// A run-on sentence with no end mark: cut it at the limit rather than
				// keep it whole.
				int cut = Character.isHighSurrogate(current.charAt(PART_LENGTH - 1)) ? PART_LENGTH - 1 : PART_LENGTH;
				parts.add(current.substring(0, cut).strip());
				current.delete(0, cut);
			}
		}
		if (!current.toString().isBlank()) {
			parts.add(current.toString().strip());
		}
		return parts;
	}

}
