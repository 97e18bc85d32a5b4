package wenzheng.knowledge.segment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import wenzheng.knowledge.clause.ClauseColumns;

/**
 * Fifth step: walks the lines, opens a node at every numbering mark and nests it under
 * the open node of a lower level, putting each line into the node's text or, in tables,
 * into the columns of the row it belongs to.
 */
final class ClauseAssembler {

	private static final int TITLE_CELL_LENGTH = 30;

	private static final int TITLE_PIECE_LENGTH = 15;

	private final Numbering numbering;

	private final ColumnClassifier classifier;

	ClauseAssembler(Numbering numbering, ColumnClassifier classifier) {
		this.numbering = numbering;
		this.classifier = classifier;
	}

	List<Node> assemble(List<SourceLine> lines, TableLayout layout) {
		Node root = new Node(0, "", null);
		List<Node> nodes = new ArrayList<>();
		nodes.add(root);
		Deque<Node> open = new ArrayDeque<>();
		open.push(root);
		ColumnKind previous = ColumnKind.BODY;
		int lastRow = 0;
		Marker pendingRow = null;
		for (int i = 0; i < lines.size(); i++) {
			SourceLine line = lines.get(i);
			Marker marker = layout.table() ? this.numbering.readInTable(line.text(), lastRow)
					: this.numbering.read(line.text());
			if (marker != null && !marker.structural() && openArticle(open) != null) {
				// "（一）…" and "1. …" inside "第十条" are part of the article, the unit a
				// regulation is cited by.
				marker = null;
			}
			if (marker != null) {
				Node empty = open.peek();
				if (layout.table() && empty.level == Marker.ITEM_LEVEL && marker.level() < Marker.ITEM_LEVEL
						&& empty.isEmpty()) {
					// A row number printed before the section cell it sits in ("1" then
					// "（一）…"):
					// the row opens once the section's title cell has been read.
					nodes.remove(empty);
					open.pop();
					pendingRow = new Marker(Marker.ITEM_LEVEL, empty.label, "", -1);
				}
				else {
					pendingRow = null;
				}
				open(marker, open, nodes);
				if (marker.row() > 0) {
					lastRow = marker.row();
				}
				previous = ColumnKind.BODY;
				continue;
			}
			if (pendingRow != null && !continuesTitle(open.peek(), line)) {
				open(pendingRow, open, nodes);
				pendingRow = null;
			}
			SourceLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
			ColumnKind kind = layout.table() ? this.classifier.classify(line, previous, next, layout) : ColumnKind.BODY;
			Node node = open.peek();
			switch (kind) {
				case BODY -> {
					if (!node.text.isEmpty() && line.cellStart() && (!layout.table() || isTitleCell(node.text))) {
						node.text.append('\n');
					}
					TextJoiner.append(node.text, line.text());
				}
				case RESPONSIBLE -> appendCell(row(open).responsible, line, previous == kind);
				case DEADLINE -> appendCell(row(open).deadline, line, previous == kind);
				case DELIVERABLE -> appendCell(row(open).deliverable, line, previous == kind);
			}
			previous = kind;
		}
		return nodes;
	}

	/**
	 * In a table, the text before the first cell break is the item's short title cell;
	 * the task text follows.
	 */
	private static boolean isTitleCell(StringBuilder text) {
		return text.length() <= TITLE_CELL_LENGTH && text.indexOf("\n") < 0 && text.indexOf("。") < 0
				&& text.indexOf("，") < 0;
	}

	private static Node openArticle(Deque<Node> open) {
		for (Node node : open) {
			if (node.label.startsWith("第") && node.label.contains("条")) {
				return node;
			}
		}
		return null;
	}

	private static void open(Marker marker, Deque<Node> open, List<Node> nodes) {
		while (open.peek().level >= marker.level()) {
			open.pop();
		}
		Node node = new Node(marker.level(), marker.label(), open.peek());
		open.peek().hasChildren = true;
		TextJoiner.append(node.text, marker.rest());
		nodes.add(node);
		open.push(node);
	}

	private static boolean continuesTitle(Node heading, SourceLine line) {
		return line.text().length() <= TITLE_PIECE_LENGTH
				&& heading.text.length() + line.text().length() <= TITLE_CELL_LENGTH && !line.text().contains("。");
	}

	private static void appendCell(StringBuilder cell, SourceLine line, boolean continuing) {
		if (!continuing && !cell.isEmpty()) {
			if (cell.toString().endsWith(line.text())) {
				return;
			}
			cell.append('；');
		}
		TextJoiner.append(cell, line.text());
	}

	/**
	 * The table row a column value belongs to: the innermost open node at item level or
	 * above.
	 */
	private static Node row(Deque<Node> open) {
		for (Node node : open) {
			if (node.level <= Marker.ITEM_LEVEL) {
				return node;
			}
		}
		return open.getLast();
	}

	/**
	 * A numbered item under construction.
	 */
	static final class Node {

		private static final int MAX_CELL_LENGTH = 1000;

		final int level;

		final String label;

		final Node parent;

		final StringBuilder text = new StringBuilder();

		final StringBuilder responsible = new StringBuilder();

		final StringBuilder deadline = new StringBuilder();

		final StringBuilder deliverable = new StringBuilder();

		boolean hasChildren;

		Node(int level, String label, Node parent) {
			this.level = level;
			this.label = label;
			this.parent = parent;
		}

		boolean isEmpty() {
			return this.text.isEmpty() && !this.hasChildren && ownColumns().isEmpty();
		}

		ClauseColumns ownColumns() {
			return new ClauseColumns(valueOf(this.responsible), valueOf(this.deadline), valueOf(this.deliverable));
		}

		/**
		 * The columns of this node, or those of the nearest row above it: sub-items share
		 * their row's columns.
		 */
		ClauseColumns columns() {
			for (Node node = this; node != null; node = node.parent) {
				ClauseColumns own = node.ownColumns();
				if (!own.isEmpty()) {
					return own;
				}
			}
			return ClauseColumns.NONE;
		}

		private static String valueOf(StringBuilder cell) {
			String value = cell.toString().strip().replaceAll("\\s+", "、");
			if (value.length() > MAX_CELL_LENGTH) {
				value = value.substring(0, MAX_CELL_LENGTH);
			}
			return value.isEmpty() ? null : value;
		}

	}

}
