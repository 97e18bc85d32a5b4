package wenzheng.bot.conversation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.index.eval.EvalItem;
import wenzheng.index.eval.FileReport;
import wenzheng.index.eval.ItemResult;
import wenzheng.index.eval.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question set run through the chat's reply planning, without turns recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class QuestionSetRunnerIntegrationTests {

	@TempDir
	static Path dataDir;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private QuestionSetRunner runner;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void ready() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
	}

	@Test
	void theQuestionAskedBackAboutIsAnsweredForThePlaceChosenAsInTheChat() {
		EvalItem askedBack = new EvalItem("T1", "政府开放日一年办几次？", true, List.of("至少举办1次"), "004_227a2e0c16a2388f.txt",
				null, "close", null);
		EvalItem placeAlone = new EvalItem("T2", "洮北区", false, List.of(), null, null, null, "chitchat");

		FileReport report = this.runner.run("clarify", List.of(askedBack, placeAlone),
				(question, session) -> new Reply("ESCALATED", "", List.of(), 0));

		ItemResult answered = report.results().get(0);
		assertThat(answered.reply().type()).as(answered.reply().answer()).isEqualTo(Reply.ANSWER);
		assertThat(answered.correct()).isTrue();
		assertThat(report.results().get(1).reply().type())
			.as("a place named in a session asked nothing is no answer to an earlier session's question")
			.isNotEqualTo(Reply.ANSWER);
	}

	@Test
	void theAnswersClauseIsFoundByItsAnchorWrittenWithoutTheClausesPunctuation() {
		EvalItem item = new EvalItem("T3", "政府开放日一年办几次？", true, List.of("至少举办1次"), "004_227a2e0c16a2388f.txt",
				"政务服务 营商环境民生保障", "close", null);

		FileReport report = this.runner.run("anchor", List.of(item),
				(question, session) -> new Reply("ESCALATED", "", List.of(), 0));

		assertThat(report.results().get(0).anchorRank()).isPositive();
	}

}
