package wenzheng.index.answer;

import java.util.List;

import org.junit.jupiter.api.Test;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;

import static org.assertj.core.api.Assertions.assertThat;

class IntentCuesTests {

	@Test
	void aQuestionForAnAmountNeedsANumberWithAUnit() {
		assertThat(IntentCues.holdsAskedValue("补贴能领多少钱？", clause("按标准发放补贴，每人每月300元。", null))).isTrue();
		assertThat(IntentCues.holdsAskedValue("补贴能领多少钱？", clause("通过96885平台发布培训信息。", null))).isFalse();
		assertThat(IntentCues.holdsAskedValue("几个工作日内答复？", clause("在规定时间内答复。", "自受理之日起五个工作日内"))).isTrue();
		assertThat(IntentCues.holdsAskedValue("至少举办几次？", clause("2022年工作要点。", null))).isFalse();
		assertThat(IntentCues.holdsAskedValue("谁负责？", clause("无数字", null))).isTrue();
	}

	@Test
	void deadlineAndResponsibleColumnsFitTheirQuestions() {
		assertThat(IntentCues.fits(clause("公开信息。", "2024年底前"), Intent.DEADLINE)).isTrue();
		assertThat(IntentCues.fits(clause("公开信息。", null), Intent.DEADLINE)).isFalse();
		assertThat(IntentCues.fits(clause("由区政务局牵头落实。", null), Intent.RESPONSIBLE)).isTrue();
		assertThat(IntentCues.fits(clause("包括预算、决算、政府采购等信息。", null), Intent.LIST)).isTrue();
	}

	private static Candidate clause(String text, String deadline) {
		return Candidate.of("doc", 0, "某某市2024年工作要点", "某某市", 2024, List.of("某某市2024年工作要点", "（一）"), text,
				new ClauseColumns(null, deadline, null));
	}

}
