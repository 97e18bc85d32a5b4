package wenzheng.index.eval;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoring rules on canned replies, apart from any retrieval.
 */
class ScorerTests {

	private final Scorer scorer = new Scorer(source -> source.equals("a.txt") ? "青山市" : null);

	@Test
	void anAnswerIsRightWhenItsFirst200CharactersHoldAnExpectedString() {
		EvalItem item = answerable("5个工作日", "10 个工作日");
		assertThat(this.scorer.isCorrect(item, answer("时限：自作出决定之日起 5 个 工作日内公开。"))).isTrue();
		assertThat(this.scorer.isCorrect(item, answer("10个工作日"))).isTrue();
		assertThat(this.scorer.isCorrect(item, answer("无关".repeat(100) + "5个工作日"))).isFalse();
		assertThat(this.scorer.isCorrect(item, new Reply("ESCALATED", "5个工作日", List.of(), 0))).isFalse();
	}

	@Test
	void counts200CodePointsNotChars() {
		EvalItem item = answerable("答案");
		assertThat(this.scorer.isCorrect(item, answer("😀".repeat(198) + "答案"))).isTrue();
	}

	@Test
	void anUnanswerableItemIsRightUnlessTheBotAnswers() {
		EvalItem item = new EvalItem("O1", "公积金怎么取", false, null, null, null, null, "near_domain");
		assertThat(this.scorer.isCorrect(item, new Reply("ESCALATED", "", List.of(), 0))).isTrue();
		assertThat(this.scorer.isCorrect(item, new Reply("CLARIFY", "", List.of("青山市"), 0))).isTrue();
		assertThat(this.scorer.isCorrect(item, new Reply("SMALLTALK", "", List.of(), 0))).isTrue();
		assertThat(this.scorer.isCorrect(item, answer("随便答"))).isFalse();
	}

	@Test
	void answersAClarifyingQuestionWithThePlaceOfTheSource() {
		List<String> asked = new ArrayList<>();
		Asker asker = (question, session) -> {
			asked.add(question);
			return asked.size() == 1 ? new Reply("CLARIFY", "哪个地区？", List.of("绿水区", "青山市"), 0.3) : answer("至少举办1次");
		};
		Reply reply = this.scorer.ask(answerable("1次"), asker);
		assertThat(asked).containsExactly("政府开放日办几次", "青山市");
		assertThat(this.scorer.isCorrect(answerable("1次"), reply)).isTrue();
		assertThat(reply.confidence()).as("the confidence the bot asked back on").isEqualTo(0.3);
	}

	@Test
	void aClarifyWithoutTheRightPlaceStaysWrong() {
		Asker asker = (question, session) -> new Reply("CLARIFY", "哪个地区？", List.of("绿水区"), 0.9);
		Reply reply = this.scorer.ask(answerable("1次"), asker);
		assertThat(reply.type()).isEqualTo("CLARIFY");
		assertThat(this.scorer.isCorrect(answerable("1次"), reply)).isFalse();
	}

	private static EvalItem answerable(String... expected) {
		return new EvalItem("A1", "政府开放日办几次", true, List.of(expected), "a.txt", "anchor", "close", null);
	}

	private static Reply answer(String text) {
		return new Reply("ANSWER", text, List.of(), 0.9);
	}

}
