package wenzheng.index.answer;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import wenzheng.index.question.Intent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction of the passage that answers from a long clause.
 */
class SentencePickerTests {

	private static final String CLAUSE = "加强政府网站建设，完善栏目设置。政府网站栏目更新周期不超过14天，杜绝空白栏目。"
			+ "政务新媒体要定期发布信息，原则上每周不少于3条。加强安全防护，确保平稳运行。";

	private final SentencePicker picker = new SentencePicker();

	@Test
	void picksTheSentenceWithTheQuestionsWordsAndStartsAtItsBeginning() {
		String passage = this.picker.pick(CLAUSE, concepts("栏目", "更新"), Intent.QUANTITY);
		assertThat(passage).startsWith("政府网站栏目更新周期不超过14天");
	}

	@Test
	void prefersThePassageWithTheKindOfFactAsked() {
		String passage = this.picker.pick(CLAUSE, concepts("政务新媒体", "发布"), Intent.QUANTITY);
		assertThat(passage).contains("每周不少于3条");
	}

	@Test
	void staysShortEnoughForAPhoneAndEndsCleanly() {
		String passage = this.picker.pick("各部门要".repeat(100) + "。", concepts("部门"), Intent.GENERAL);
		assertThat(passage.length()).isLessThanOrEqualTo(SentencePicker.MAX_LENGTH + 1);
		assertThat(this.picker.pick("第一句，第二句：", concepts("第一句"), Intent.GENERAL)).endsWith("。");
	}

	@Test
	void coverageWeighsRareWordsMoreAndCountsSynonyms() {
		List<Concept> concepts = List.of(new Concept("钱", Set.of("钱", "经费"), 1.0),
				new Concept("适老化", Set.of("适老化"), 3.0));
		assertThat(CandidateRanker.coverage("将经费纳入预算", concepts)).isEqualTo(0.25);
		assertThat(CandidateRanker.coverage("开展适老化改造", concepts)).isEqualTo(0.75);
		assertThat(CandidateRanker.coverage("无关", List.of())).isZero();
	}

	private static List<Concept> concepts(String... words) {
		return java.util.Arrays.stream(words).map(word -> new Concept(word, Set.of(word), 2.0)).toList();
	}

}
