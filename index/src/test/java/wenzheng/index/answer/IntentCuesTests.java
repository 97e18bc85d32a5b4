package wenzheng.index.answer;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;

import static org.assertj.core.api.Assertions.assertThat;

class IntentCuesTests {

	@Test
	void deadlineAndResponsibleColumnsFitTheirQuestions() {
		assertThat(IntentCues.fits(clause("公开信息。", "2024年底前"), Intent.DEADLINE)).isTrue();
		assertThat(IntentCues.fits(clause("公开信息。", null), Intent.DEADLINE)).isFalse();
		assertThat(IntentCues.fits(clause("由区政务局牵头落实。", null), Intent.RESPONSIBLE)).isTrue();
		assertThat(IntentCues.fits(clause("由市政府办公室信息科编印。", null), Intent.RESPONSIBLE)).isTrue();
		// A unit's character inside another word ("办理", "网站") names no unit.
		assertThat(IntentCues.fits(clause("在网站上办理，落实到位。", null), Intent.RESPONSIBLE)).isFalse();
		assertThat(IntentCues.fits(clause("包括预算、决算、政府采购等信息。", null), Intent.LIST)).isTrue();
		// The steps of an online procedure name no 程序 or 流程.
		assertThat(IntentCues.fits(clause("登录电子税务局，点击“我要办税”，选择邮寄方式。", null), Intent.PROCEDURE)).isTrue();
		assertThat(IntentCues.fits(clause("各单位要高度重视。", null), Intent.PROCEDURE)).isFalse();
	}

	@Test
	void aTimeLimitColumnSayingHowOftenAnswersAHowOftenQuestion() {
		assertThat(IntentCues.fits(clause("在公开专栏发布项目清单。", "每季度或每半年发布"), Intent.QUANTITY)).isTrue();
		assertThat(IntentCues.fits(clause("在公开专栏发布项目清单。", "2024年底前"), Intent.QUANTITY)).isFalse();
		String reply = new AnswerComposer().compose(clause("在公开专栏发布项目清单。", "每季度或每半年发布"),
				List.of(new Concept("项目", Set.of("项目"), 3.0)), Intent.QUANTITY, AskedValue.NONE, StatedFigures.NONE);
		assertThat(reply).startsWith("时限要求：每季度或每半年发布。");
	}

	private static Candidate clause(String text, String deadline) {
		return Candidate.of("doc", 0, "某某市2024年工作要点", "某某市", 2024, List.of("某某市2024年工作要点", "（一）"), text,
				new ClauseColumns(null, deadline, null));
	}

}
