package wenzheng.index.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints eval figures per file and overall, the baseline beside them, per-group accuracy
 * and the trade-off curve; and the misses, grouped by kind ({@link MissKind}).
 */
public final class EvalReportPrinter {

	private final PrintStream out;

	public EvalReportPrinter(PrintStream out) {
		this.out = out;
	}

	public void print(List<FileReport> reports, double threshold) {
		for (FileReport report : reports) {
			printFile(report, threshold);
		}
		if (reports.size() > 1) {
			List<ItemResult> all = new ArrayList<>();
			List<ItemResult> baseline = new ArrayList<>();
			reports.forEach(report -> {
				all.addAll(report.results());
				baseline.addAll(report.baseline());
			});
			FileReport overall = new FileReport("overall", all, baseline, List.of());
			this.out.println("== overall (" + all.size() + " questions)");
			printFigures(overall);
		}
	}

	private void printFile(FileReport report, double threshold) {
		this.out.println("== " + report.name() + " (" + report.results().size() + " questions)");
		printFigures(report);
		FileReport.Figure retrieval = report.retrieval();
		if (retrieval.total() > 0) {
			this.out.println(line("retrieval (anchor in top 5)", retrieval, null));
		}
		this.out.println("  by group:");
		for (Map.Entry<String, FileReport.Figure> group : report.byGroup().entrySet()) {
			FileReport.Figure figure = group.getValue();
			this.out.println(String.format(Locale.ROOT, "    %-28s %.2f (%d/%d)", group.getKey(), figure.value(),
					figure.correct(), figure.total()));
		}
		this.out.println(String.format(Locale.ROOT, "  trade-off curve (configured threshold %.2f):", threshold));
		this.out.println("    threshold  answerable  unanswerable  answered  precision");
		for (FileReport.CurvePoint point : report.curve()) {
			this.out.println(String.format(Locale.ROOT, "    %9.2f  %10.2f  %12.2f  %8.2f  %9.2f", point.threshold(),
					point.answerable(), point.unanswerable(), point.answered(), point.precision()));
		}
	}

	/**
	 * Lists the items the bot got wrong, for editors looking for gaps in the knowledge
	 * base.
	 */
	public void printMisses(FileReport report) {
		this.out.println("== misses in " + report.name());
		record Miss(ItemResult result, MissKind kind) {
		}
		List<Miss> misses = report.results()
			.stream()
			.filter(result -> !result.correct())
			.map(result -> new Miss(result, MissKind.of(result)))
			.toList();
		Map<MissKind, List<String>> byKind = new EnumMap<>(MissKind.class);
		misses.forEach(
				miss -> byKind.computeIfAbsent(miss.kind(), kind -> new ArrayList<>()).add(miss.result().item().id()));
		if (!byKind.isEmpty()) {
			this.out.println("  by kind: " + byKind.entrySet()
				.stream()
				.map(kind -> kind.getKey().label() + " " + kind.getValue().size() + " ("
						+ String.join(", ", kind.getValue()) + ")")
				.collect(Collectors.joining("; ")));
		}
		for (Miss miss : misses) {
			ItemResult result = miss.result();
			EvalItem item = result.item();
			String answer = result.reply().answer().replaceAll("\\s+", " ");
			this.out.println(String.format(Locale.ROOT, "  %s [%s] %s%n    %s: expected %s%s, got %s %.2f: %s",
					item.id(), item.group(), item.question(), miss.kind().label(),
					item.answerable() ? item.mustContainAny() : "no answer", anchorNote(result), result.reply().type(),
					result.reply().confidence(), answer.length() > 160 ? answer.substring(0, 160) + "…" : answer));
		}
	}

	private static String anchorNote(ItemResult result) {
		if (!result.item().answerable() || result.item().anchor() == null) {
			return "";
		}
		return result.retrieved() ? " (its clause ranked " + result.anchorRank() + ")"
				: " (its clause not in the top 5)";
	}

	private void printFigures(FileReport report) {
		this.out.println("                                  wenzheng          baseline");
		FileReport.Figure answerable = report.answerable();
		if (answerable.total() > 0) {
			this.out.println(line("answerable accuracy", answerable, report.baselineAnswerable()));
		}
		FileReport.Figure unanswerable = report.unanswerable();
		if (unanswerable.total() > 0) {
			this.out.println(line("unanswerable accuracy", unanswerable, report.baselineUnanswerable()));
		}
	}

	private static String line(String label, FileReport.Figure figure, FileReport.Figure baseline) {
		String ours = String.format(Locale.ROOT, "%.2f (%d/%d)", figure.value(), figure.correct(), figure.total());
		String theirs = baseline == null ? ""
				: String.format(Locale.ROOT, "%.2f (%d/%d)", baseline.value(), baseline.correct(), baseline.total());
		return String.format(Locale.ROOT, "  %-30s  %-16s  %s", label, ours, theirs);
	}

}
