package wenzheng.bot.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import wenzheng.bot.conversation.QuestionSetRunner;
import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.index.eval.EvalItem;
import wenzheng.index.eval.FileReport;
import wenzheng.index.eval.QuestionSets;
import wenzheng.index.eval.StockBaseline;

/**
 * Editors run a question set (the eval format) against the knowledge base as it is now
 * and see the figures beside those of the previous run of the same set: the check before
 * and after a change.
 */
@Service
public class RegressionChecks {

	static final int MAX_QUESTIONS = 2000;

	private final QuestionSetRunner runner;

	private final KnowledgeBase knowledgeBase;

	private final JdbcClient jdbc;

	private final Clock clock;

	RegressionChecks(QuestionSetRunner runner, KnowledgeBase knowledgeBase, JdbcClient jdbc, Clock clock) {
		this.runner = runner;
		this.knowledgeBase = knowledgeBase;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Comparison run(String setName, byte[] questionSet, String editor) throws IOException {
		List<EvalItem> items;
		try {
			items = QuestionSets.parse(setName, new String(questionSet, StandardCharsets.UTF_8).lines().toList());
		}
		catch (IllegalArgumentException ex) {
			throw new EditRejected("问题集格式不正确：" + ex.getMessage());
		}
		if (items.isEmpty() || items.size() > MAX_QUESTIONS) {
			throw new EditRejected("问题集需有1到" + MAX_QUESTIONS + "个问题");
		}
		Optional<Run> previous = latest(setName);
		FileReport report;
		try (StockBaseline baseline = new StockBaseline(this.knowledgeBase.documentTexts())) {
			report = this.runner.run(setName, items, baseline);
		}
		Run run = new Run(setName, items.size(), format(report.answerable()), format(report.unanswerable()),
				format(report.retrieval()), editor, this.clock.instant());
		this.jdbc.sql("""
				insert into regression_run (set_name, questions, answerable, unanswerable, retrieval, run_by, run_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(run.setName(), run.questions(), run.answerable(), run.unanswerable(), run.retrieval(), run.runBy(),
					Timestamp.from(run.runAt()))
			.update();
		return new Comparison(run, previous.orElse(null));
	}

	public List<Run> history() {
		return this.jdbc.sql("select * from regression_run order by id desc fetch first 100 rows only")
			.query((rs, row) -> new Run(rs.getString("set_name"), rs.getInt("questions"), rs.getString("answerable"),
					rs.getString("unanswerable"), rs.getString("retrieval"), rs.getString("run_by"),
					rs.getTimestamp("run_at").toInstant()))
			.list();
	}

	private static String format(FileReport.Figure figure) {
		return figure.total() == 0 ? "—"
				: String.format(Locale.ROOT, "%.2f (%d/%d)", figure.value(), figure.correct(), figure.total());
	}

	private Optional<Run> latest(String setName) {
		return history().stream().filter(run -> run.setName().equals(setName)).findFirst();
	}

	/**
	 * One run's figures, each as "0.87 (85/98)".
	 */
	public record Run(String setName, int questions, String answerable, String unanswerable, String retrieval,
			String runBy, Instant runAt) {

	}

	/**
	 * This run and the previous run of the same set, or {@code null} for the first.
	 */
	public record Comparison(Run now, Run before) {

	}

}
