package wenzheng.index.answer;

import java.util.List;

import org.junit.jupiter.api.Test;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidates that give one answer do not compete for the lead the confidence reads.
 */
class OneAnswerTests {

	@Test
	void theAnswersLeadIsOverTheBestCandidateThatDoesNotRestateIt() {
		RankedCandidate law = ranked(RestatementsTests.LAW, ClauseColumns.NONE, 3);
		RankedCandidate local = ranked(RestatementsTests.LOCAL, ClauseColumns.NONE, 2.9);
		RankedCandidate other = ranked(RestatementsTests.OTHER, ClauseColumns.NONE, 1);
		assertThat(Answerer.lead(List.of(law, local, other), Intent.GENERAL)).isEqualTo(RankingModel.lead(3, 1));
		assertThat(Answerer.lead(List.of(law, other, local), Intent.GENERAL)).isEqualTo(RankingModel.lead(3, 1));
		assertThat(Answerer.lead(List.of(law, local), Intent.GENERAL)).as("nothing else competes").isEqualTo(1);
		assertThat(Answerer.lead(List.of(law), Intent.GENERAL)).isEqualTo(1);
	}

	@Test
	void itemsNamingTheDeadlineAskedForGiveOneAnswer() {
		RankedCandidate training = ranked("组织全区业务培训，提升工作人员能力。", deadline("2023年11月20日前"), 3);
		RankedCandidate guidance = ranked("加强对乡镇街道的指导和督查。", deadline("2023年11月20日前"), 2.9);
		RankedCandidate later = ranked("委托第三方机构评估年度成效。", deadline("2023年12月底前"), 1);

		assertThat(Answerer.lead(List.of(training, guidance, later), Intent.DEADLINE))
			.isEqualTo(RankingModel.lead(3, 1));
		assertThat(Answerer.lead(List.of(training, guidance, later), Intent.GENERAL))
			.as("the same deadline is one answer only to a question asking for it")
			.isEqualTo(RankingModel.lead(3, 2.9));
		assertThat(Answerer.lead(List.of(training, guidance, later), Intent.RESPONSIBLE))
			.isEqualTo(RankingModel.lead(3, 2.9));
	}

	@Test
	void clausesStatingTheSameCountGiveOneAnswerToHowMany() {
		RankedCandidate review = ranked("对已梳理完成的26个领域标准目录开展自查自纠工作。", ClauseColumns.NONE, 3);
		RankedCandidate check = ranked("今年新梳理的26个领域事项全部在网站集中展示。", ClauseColumns.NONE, 2.9);
		RankedCandidate other = ranked("指导基层推进新增领域标准目录制定工作。", ClauseColumns.NONE, 1);

		assertThat(Answerer.lead(List.of(review, check, other), Intent.QUANTITY)).isEqualTo(RankingModel.lead(3, 1));
		assertThat(Answerer.lead(List.of(review, check, other), Intent.GENERAL))
			.as("the same count is one answer only to a question asking how many")
			.isEqualTo(RankingModel.lead(3, 2.9));
		RankedCandidate otherCount = ranked("对基层政务公开8个领域标准目录进行调整。", ClauseColumns.NONE, 2.9);
		assertThat(Answerer.lead(List.of(review, otherCount), Intent.QUANTITY)).isEqualTo(RankingModel.lead(3, 2.9));
	}

	@Test
	void itemsWithoutTheColumnAskedForCompete() {
		RankedCandidate first = ranked("组织全区业务培训，提升工作人员能力。", deadline(" "), 3);
		RankedCandidate second = ranked("加强对乡镇街道的指导和督查。", deadline(" "), 2);

		assertThat(Answerer.lead(List.of(first, second), Intent.DEADLINE)).isEqualTo(RankingModel.lead(3, 2));
	}

	@Test
	void sameAnswerGoesBothWays() {
		OneAnswer oneAnswer = new OneAnswer(Intent.RESPONSIBLE);
		OneAnswer.Reading a = oneAnswer.read(candidate("组织开展政务公开业务培训。", new ClauseColumns("区政务局", null, null)));
		OneAnswer.Reading b = oneAnswer.read(candidate("加强基层指导。", new ClauseColumns("区政务局", null, null)));
		OneAnswer.Reading c = oneAnswer.read(candidate("开展第三方评估。", new ClauseColumns("区财政局", null, null)));

		assertThat(a.sameAs(b)).isTrue();
		assertThat(b.sameAs(a)).isTrue();
		assertThat(a.sameAs(c)).isFalse();
	}

	private static ClauseColumns deadline(String deadline) {
		return new ClauseColumns(null, deadline, null);
	}

	private static RankedCandidate ranked(String text, ClauseColumns columns, double score) {
		return new RankedCandidate(candidate(text, columns), new double[RankingFeature.values().length], false, score);
	}

	private static Candidate candidate(String text, ClauseColumns columns) {
		return Candidate.of("doc", 0, "工作要点", "全国", null, List.of(), text, columns);
	}

}
