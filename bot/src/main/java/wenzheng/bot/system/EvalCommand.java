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

import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.conversation.Plan;
import wenzheng.bot.conversation.ReplyPlanner;
import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.index.answer.Answerer;
import wenzheng.index.eval.Asker;
import wenzheng.index.eval.EvalItem;
import wenzheng.index.eval.EvalReportPrinter;
import wenzheng.index.eval.EvalRunner;
import wenzheng.index.eval.ExpectedFigures;
import wenzheng.index.eval.FileReport;
import wenzheng.index.eval.QuestionSets;
import wenzheng.index.eval.Reply;
import wenzheng.index.eval.RetrievalCheck;
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

	private static final int RETRIEVAL_DEPTH = 5;

	private final KnowledgeBase knowledgeBase;

	private final ReplyPlanner planner;

	private int exitCode;

	EvalCommand(KnowledgeBase knowledgeBase, ReplyPlanner planner) {
		this.knowledgeBase = knowledgeBase;
		this.planner = planner;
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
		Answerer unthresholded = this.knowledgeBase.answerer(0);
		Asker bot = (question, session) -> reply(this.planner.plan(new Inquiry(question, session, "eval")));
		Asker open = (question,
				session) -> reply(this.planner.plan(new Inquiry(question, session, "eval"), unthresholded));
		RetrievalCheck retrieval = (question, anchor) -> this.knowledgeBase.answerer()
			.rankedCandidates(question, RETRIEVAL_DEPTH)
			.stream()
			.anyMatch(candidate -> compact(candidate.fullText()).contains(compact(anchor)));
		EvalRunner runner = new EvalRunner(new Scorer(this.knowledgeBase::jurisdictionOfFile), retrieval);
		List<FileReport> reports = new ArrayList<>();
		try (StockBaseline baseline = new StockBaseline(this.knowledgeBase.documentTexts())) {
			for (String file : files) {
				List<EvalItem> items = QuestionSets.read(Path.of(file));
				reports.add(runner.run(displayName(Path.of(file)), items, bot, open, baseline));
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

	private static Reply reply(Plan plan) {
		String type = plan.handOver() ? "ESCALATED" : plan.reply().type().name();
		return new Reply(type, plan.reply().answer(), plan.reply().options(), plan.reply().confidence());
	}

	private static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
