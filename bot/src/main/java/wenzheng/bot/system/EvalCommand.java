package wenzheng.bot.system;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import wenzheng.bot.conversation.QuestionSetRunner;
import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.index.answer.Answerer;
import wenzheng.index.eval.EvalItem;
import wenzheng.index.eval.EvalReportPrinter;
import wenzheng.index.eval.ExpectedFigures;
import wenzheng.index.eval.FileReport;
import wenzheng.index.eval.QuestionSets;
import wenzheng.index.eval.RankingRows;
import wenzheng.index.eval.Scorer;
import wenzheng.index.eval.StockBaseline;

/**
 * {@code java -jar wenzheng.jar eval FILE.jsonl...}: loads the knowledge base as the app
 * would, runs each question set through the same reply planning as the web chat (without
 * opening tickets), and prints answerable and unanswerable accuracy, retrieval, the stock
 * baseline and the trade-off curve.
 */
@Component
@Profile("eval")
class EvalCommand implements ApplicationRunner, ExitCodeGenerator {

	private final KnowledgeBase knowledgeBase;

	private final QuestionSetRunner runner;

	private int exitCode;

	EvalCommand(KnowledgeBase knowledgeBase, QuestionSetRunner runner) {
		this.knowledgeBase = knowledgeBase;
		this.runner = runner;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		List<String> files = args.getNonOptionArgs();
		if (files.isEmpty()) {
			out.println("usage: java -jar wenzheng.jar eval FILE.jsonl... [--details] [--expected=FIGURES.properties] "
					+ "[--features=ROWS.tsv] [--wenzheng.import-dir=DIR] [--wenzheng.data-dir=DIR]");
			this.exitCode = 2;
			return;
		}
		this.knowledgeBase.load();
		// Answers are measured as they are once every clause has its meaning vector.
		if (!this.knowledgeBase.awaitVectors(Duration.ofHours(2))) {
			out.println("clause vectors were not complete within two hours");
			this.exitCode = 1;
			return;
		}
		List<NamedSet> sets = files.stream()
			.map(file -> new NamedSet(displayName(Path.of(file)), QuestionSets.read(Path.of(file))))
			.toList();
		List<FileReport> reports = new ArrayList<>();
		try (StockBaseline baseline = new StockBaseline(this.knowledgeBase.documentTexts())) {
			for (NamedSet set : sets) {
				reports.add(this.runner.run(set.name(), set.items(), baseline));
			}
		}
		List<String> features = args.getOptionValues("features");
		if (features != null && !features.isEmpty()) {
			writeFeatures(sets, Path.of(features.get(0)));
			out.println("ranking rows written to " + features.get(0));
		}
		EvalReportPrinter printer = new EvalReportPrinter(out);
		printer.print(reports, this.knowledgeBase.answerThreshold());
		if (args.containsOption("details")) {
			reports.forEach(printer::printMisses);
		}
		List<String> expected = args.getOptionValues("expected");
		if (expected != null && !expected.isEmpty()
				&& !ExpectedFigures.read(Path.of(expected.get(0))).check(reports, out)) {
			this.exitCode = 1;
		}
	}

	/**
	 * Writes the ranking model's rows for every question of the sets: what the model read
	 * of each candidate and whether answering from it would be right.
	 */
	private void writeFeatures(List<NamedSet> sets, Path target) {
		Answerer answerer = this.knowledgeBase.answerer();
		Scorer scorer = new Scorer(this.knowledgeBase::jurisdictionOfFile);
		List<RankingRows.Row> rows = new ArrayList<>();
		for (NamedSet set : sets) {
			for (EvalItem item : set.items()) {
				rows.addAll(RankingRows.of(set.name(), item, answerer.readCandidates(item.question()), scorer));
			}
		}
		RankingRows.write(target, rows);
	}

	/**
	 * The file with its folder ("eval/dev.jsonl"), since question sets of different
	 * folders share file names.
	 */
	private static String displayName(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path parent = absolute.getParent();
		return parent == null || parent.getFileName() == null ? absolute.getFileName().toString()
				: parent.getFileName() + "/" + absolute.getFileName();
	}

	/**
	 * A question set as read once, with the name it is reported under.
	 */
	private record NamedSet(String name, List<EvalItem> items) {
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
