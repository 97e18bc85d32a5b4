package wenzheng.bot.system;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import wenzheng.bot.conversation.QuestionSetRunner;
import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.index.eval.EvalItem;
import wenzheng.index.eval.EvalReportPrinter;
import wenzheng.index.eval.ExpectedFigures;
import wenzheng.index.eval.FileReport;
import wenzheng.index.eval.QuestionSets;
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
					+ "[--wenzheng.import-dir=DIR] [--wenzheng.data-dir=DIR]");
			this.exitCode = 2;
			return;
		}
		this.knowledgeBase.load();
		List<FileReport> reports = new ArrayList<>();
		try (StockBaseline baseline = new StockBaseline(this.knowledgeBase.documentTexts())) {
			for (String file : files) {
				List<EvalItem> items = QuestionSets.read(Path.of(file));
				reports.add(this.runner.run(displayName(Path.of(file)), items, baseline));
			}
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
	 * The file with its folder ("eval/dev.jsonl"), since question sets of different
	 * folders share file names.
	 */
	private static String displayName(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path parent = absolute.getParent();
		return parent == null || parent.getFileName() == null ? absolute.getFileName().toString()
				: parent.getFileName() + "/" + absolute.getFileName();
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
