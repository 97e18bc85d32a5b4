package wenzheng.index.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import wenzheng.index.answer.CandidateReading;
import wenzheng.index.answer.RankingFeature;

/**
 * The rows the ranking model is fitted on, as tab-separated text: one row per candidate
 * clause of each question, labelled 1 when answering from that clause would be right. A
 * question without any candidate (settled before ranking) gets one row of rank 0, so that
 * it still counts in the figures.
 */
public final class RankingRows {

	private static final String HEADER_START = "set\tid\tanswerable\trank\tlabel\tsame_answer_as";

	private static final int LEADING_CELLS = 6;

	private RankingRows() {
	}

	/**
	 * One row.
	 *
	 * @param set the question set's name
	 * @param id the item id
	 * @param answerable whether the item is answerable
	 * @param rank the candidate's 1-based rank by the model that wrote the rows, 0 for
	 * none
	 * @param label whether answering from it would be right
	 * @param sameAnswerAs the ranks of the question's other candidates giving the same
	 * answer ({@link CandidateReading#sameAnswerAs()}): they do not compete with it for
	 * the lead
	 * @param features the model's inputs
	 */
	public record Row(String set, String id, boolean answerable, int rank, boolean label, Set<Integer> sameAnswerAs,
			double[] features) {

		public Row {
			sameAnswerAs = Set.copyOf(sameAnswerAs);
		}

		/**
		 * The row with its set named after the knowledge base it was asked of.
		 */
		Row inBase(String base) {
			return new Row(base + ":" + this.set, this.id, this.answerable, this.rank, this.label, this.sameAnswerAs,
					this.features);
		}

		String question() {
			return this.set + "\t" + this.id;
		}

	}

	/**
	 * The rows of one item, labelled by the scorer's rules.
	 */
	public static List<Row> of(String set, EvalItem item, List<CandidateReading> readings, Scorer scorer) {
		if (readings.isEmpty()) {
			return List.of(new Row(set, item.id(), item.answerable(), 0, false, Set.of(),
					new double[RankingFeature.values().length]));
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < readings.size(); i++) {
			CandidateReading reading = readings.get(i);
			boolean right = item.answerable()
					&& scorer.isCorrect(item, new Reply(Reply.ANSWER, reading.answer(), List.of(), 1));
			rows.add(new Row(set, item.id(), item.answerable(), i + 1, right, reading.sameAnswerAs(),
					reading.features()));
		}
		return rows;
	}

	public static void write(Path file, List<Row> rows) {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(HEADER_START);
			for (RankingFeature feature : RankingFeature.values()) {
				out.write("\t" + feature.key());
			}
			out.write("\n");
			for (Row row : rows) {
				out.write(String.join("\t", row.set(), row.id(), row.answerable() ? "1" : "0",
						Integer.toString(row.rank()), row.label() ? "1" : "0", ranks(row.sameAnswerAs())));
				for (double value : row.features()) {
					out.write(String.format(Locale.ROOT, "\t%.5f", value));
				}
				out.write("\n");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	/**
	 * Reads rows written by {@link #write}; the header must name the features of this
	 * version, in order.
	 * @throws IllegalArgumentException when the file is not such a table
	 */
	public static List<Row> read(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		String header = HEADER_START + Arrays.stream(RankingFeature.values())
			.map(feature -> "\t" + feature.key())
			.collect(Collectors.joining());
		if (lines.isEmpty() || !lines.get(0).equals(header)) {
			throw new IllegalArgumentException(
					file + " does not start with the header of this version's features: " + header.replace('\t', ' '));
		}
		int features = RankingFeature.values().length;
		List<Row> rows = new ArrayList<>();
		for (int n = 1; n < lines.size(); n++) {
			String[] cells = lines.get(n).split("\t", -1);
			if (cells.length != LEADING_CELLS + features) {
				throw new IllegalArgumentException(file + " line " + (n + 1) + " has " + cells.length + " cells");
			}
			double[] x = new double[features];
			for (int i = 0; i < features; i++) {
				x[i] = Double.parseDouble(cells[LEADING_CELLS + i]);
			}
			rows.add(new Row(cells[0], cells[1], "1".equals(cells[2]), Integer.parseInt(cells[3]), "1".equals(cells[4]),
					ranks(cells[5]), x));
		}
		return rows;
	}

	/** Ranks as one cell: "2,5", or "-" for none. */
	private static String ranks(Set<Integer> ranks) {
		return ranks.isEmpty() ? "-" : ranks.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static Set<Integer> ranks(String cell) {
		if (cell.equals("-")) {
			return Set.of();
		}
		return Arrays.stream(cell.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
	}

}
