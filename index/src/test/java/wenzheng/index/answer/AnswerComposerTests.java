package wenzheng.index.answer;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reply composed from a clause: the passage, and the item's columns where they hold
 * what is asked.
 */
class AnswerComposerTests {

	private static final List<Concept> GAZETTE = List.of(new Concept("公报", Set.of("公报"), 3),
			new Concept("纸质", Set.of("纸质"), 4));

	private final AnswerComposer composer = new AnswerComposer();

	@Test
	void aPlaceHeldOnlyInTheDeliverableColumnIsShown() {
		assertThat(replyToWhereThePaperGazetteIs("由市政府办公室牵头开展政府公报编制工作，建立印制、发放等工作机制。")).contains("可检视成果：纸质政府公报摆放在公共场所");
	}

	@Test
	void theDeliverableColumnIsNotRepeatedWhenThePassageHoldsWhatIsAsked() {
		assertThat(replyToWhereThePaperGazetteIs("纸质公报摆放在政务大厅，供群众取阅。")).doesNotContain("可检视成果");
		assertThat(this.composer.compose(item("由市政府办公室牵头开展政府公报编制工作。"), GAZETTE, Intent.GENERAL, AskedValue.NONE,
				StatedFigures.NONE))
			.as("nothing in particular asked")
			.doesNotContain("可检视成果");
	}

	private String replyToWhereThePaperGazetteIs(String text) {
		return this.composer.compose(item(text), GAZETTE, Intent.PLACE, AskedValue.of("纸质版的公报都放哪儿了？"),
				StatedFigures.NONE);
	}

	private static Candidate item(String text) {
		return Candidate.of("plan", 55, "某市政务公开任务清单", "某市", 2022, List.of("做好政府公报工作"), text,
				new ClauseColumns(null, "12月底前", "纸质政府公报摆放在公共场所，电子版在政府门户网站开设专栏"));
	}

}
