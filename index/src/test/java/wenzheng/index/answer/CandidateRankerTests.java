package wenzheng.index.answer;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-ranking of retrieved clauses and what it reads from each clause.
 */
class CandidateRankerTests {

	@Test
	void theCuesOfListsProceduresAndRulesWeighLessInRanking() {
		Candidate withCue = Candidate.of("a", 0, "甲", null, null, List.of(), "各部门要通过网站公开。", ClauseColumns.NONE);
		Candidate withoutCue = Candidate.of("b", 0, "乙", null, null, List.of(), "各部门公开。", ClauseColumns.NONE);
		List<Concept> concepts = List.of(new Concept("公开", Set.of("公开"), 1.0));
		CandidateRanker ranker = new CandidateRanker();
		double procedureGap = gap(ranker.rank(List.of(withCue, withoutCue), concepts, Intent.PROCEDURE));
		double placeGap = gap(ranker.rank(List.of(withCue, withoutCue), concepts, Intent.PLACE));
		assertThat(procedureGap).isGreaterThan(0).isLessThan(placeGap);
	}

	private static double gap(List<RankedCandidate> ranked) {
		return ranked.get(0).score() - ranked.get(1).score();
	}

	@Test
	void readsEachClauseTextOnceAndAnswersTheSameAfterwards() {
		String text = "第一句要及时公开。第二句在网站发布！第三句";
		assertThat(ClauseReadings.sentences(text)).containsExactly("第一句要及时公开", "第二句在网站发布", "第三句");
		assertThat(ClauseReadings.sentences(text)).isSameAs(ClauseReadings.sentences(text));
		assertThat(ClauseReadings.cues(text, Intent.PLACE)).isTrue();
		assertThat(ClauseReadings.cues(text, Intent.QUANTITY)).isFalse();
	}

	@Test
	void coverageWeighsRareWordsMoreAndCountsSynonyms() {
		List<Concept> concepts = List.of(new Concept("钱", Set.of("钱", "经费"), 1.0),
				new Concept("适老化", Set.of("适老化"), 3.0));
		assertThat(CandidateRanker.coverage("将经费纳入预算", concepts)).isEqualTo(0.25);
		assertThat(CandidateRanker.coverage("开展适老化改造", concepts)).isEqualTo(0.75);
		assertThat(CandidateRanker.coverage("无关", List.of())).isZero();
	}

}
