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
	void readsEachClauseTextOnceAndAnswersTheSameAfterwards() {
		String text = "第一句要及时公开。第二句在网站发布！第三句";
		assertThat(ClauseReadings.sentences(text)).containsExactly("第一句要及时公开", "第二句在网站发布", "第三句");
		assertThat(ClauseReadings.sentences(text)).isSameAs(ClauseReadings.sentences(text));
		assertThat(ClauseReadings.cues(text, Intent.PLACE)).isTrue();
		assertThat(ClauseReadings.cues(text, Intent.QUANTITY)).isFalse();
	}

	@Test
	void readsWhatTheClauseHoldsOfTheQuestion() {
		Candidate clause = Candidate
			.of("a", 0, "甲", "青山市", null, List.of("甲", "一、政府信息公开"), "行政处罚信息自作出决定之日起7个工作日内公开。其他信息及时公开。",
					ClauseColumns.NONE)
			.withScore(2);
		List<Concept> concepts = List.of(new Concept("行政处罚", Set.of("行政处罚"), 2), new Concept("信息公开", Set.of("信息公开"), 1),
				new Concept("罚款单", Set.of("罚款单"), 1));
		RankingQuery query = new RankingQuery(concepts, Intent.DEADLINE, AskedValue.of("多少个工作日"), List.of("青山市"), false,
				StatedFigures.NONE, candidate -> false);
		RankedCandidate ranked = new CandidateRanker(RankingModel.bundled())
			.rank(List.of(clause), query, new double[] { 0.8 })
			.get(0);
		assertThat(ranked.feature(RankingFeature.COVERAGE)).isEqualTo(0.75);
		assertThat(ranked.feature(RankingFeature.COSINE)).isEqualTo(0.8);
		assertThat(ranked.feature(RankingFeature.COSINE_GAP)).isZero();
		assertThat(ranked.feature(RankingFeature.HEADING_SHARE)).isEqualTo(0.25);
		assertThat(ranked.feature(RankingFeature.MISSED_MAX)).isEqualTo(0.25);
		assertThat(ranked.feature(RankingFeature.MISSED_NOUN_MAX)).isEqualTo(0.25);
		assertThat(ranked.feature(RankingFeature.PARTIAL_COVERAGE)).isEqualTo(0.75);
		assertThat(ranked.feature(RankingFeature.SPECIFIC_INTENT_FIT)).isEqualTo(1);
		assertThat(ranked.feature(RankingFeature.VALUE_HELD)).isEqualTo(1);
		assertThat(ranked.feature(RankingFeature.SCOPE_MATCH)).isEqualTo(1);
		assertThat(ranked.feature(RankingFeature.RETRIEVAL_FIRST)).isEqualTo(1);
	}

	@Test
	void aNationwideTextIsInScopeOfAQuestionNamingNoPlaceAndRanksAboveALocalOneOtherwiseAlike() {
		String text = "劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同。";
		Candidate national = lawArticle(0, "劳动合同法", text);
		Candidate local = Candidate.of("rule", 0, "某省劳动合同条例", "某省", null, List.of("某省劳动合同条例"), text, ClauseColumns.NONE)
			.withScore(1);
		List<Concept> concepts = List.of(new Concept("解除劳动合同", Set.of("解除劳动合同"), 3));
		CandidateRanker ranker = new CandidateRanker(RankingModel.bundled());

		List<RankedCandidate> unplaced = ranker.rank(List.of(local, national), new RankingQuery(concepts,
				Intent.GENERAL, AskedValue.NONE, List.of(), false, StatedFigures.NONE, candidate -> false),
				new double[] { Double.NaN, Double.NaN });
		assertThat(unplaced).extracting(ranked -> ranked.candidate().documentId()).containsExactly("law", "rule");
		assertThat(unplaced.get(0).feature(RankingFeature.SCOPE_MATCH)).isEqualTo(1);
		assertThat(unplaced.get(1).feature(RankingFeature.SCOPE_MATCH)).isZero();
		assertThat(unplaced.get(0).feature(RankingFeature.LOCAL_BESIDE_NATIONAL)).isZero();
		assertThat(unplaced.get(1).feature(RankingFeature.LOCAL_BESIDE_NATIONAL)).as("a local rule beside the law")
			.isEqualTo(1);
		assertThat(ranker
			.rank(List.of(local),
					new RankingQuery(concepts, Intent.GENERAL, AskedValue.NONE, List.of(), false, StatedFigures.NONE,
							candidate -> false),
					new double[] { Double.NaN })
			.get(0)
			.feature(RankingFeature.LOCAL_BESIDE_NATIONAL)).as("a local rule alone").isZero();

		List<RankedCandidate> placed = ranker.rank(List.of(local, national), new RankingQuery(concepts, Intent.GENERAL,
				AskedValue.NONE, List.of("某省"), false, StatedFigures.NONE, candidate -> false),
				new double[] { Double.NaN, Double.NaN });
		assertThat(placed).extracting(ranked -> ranked.candidate().documentId()).containsExactly("rule", "law");
		assertThat(placed.get(0).feature(RankingFeature.SCOPE_MATCH)).as("the place named").isEqualTo(1);
		assertThat(placed.get(1).feature(RankingFeature.SCOPE_MATCH)).as("a nationwide text, where a place is named")
			.isZero();
		assertThat(placed.get(0).feature(RankingFeature.LOCAL_BESIDE_NATIONAL)).as("the place named").isZero();
	}

	@Test
	void aQuestionWordTheClauseHoldsOnlyAsAGeneralSynonymCountsInPartBelowAnExactMatch() {
		List<Concept> concepts = List.of(new Concept("孩子", Set.of("孩子"), 1), new Concept("抚养", Set.of("抚养"), 1));
		Candidate synonym = lawArticle(0, "民法典", "离婚后，父母对于子女仍有抚养的权利和义务。");
		Candidate exact = lawArticle(1, "民法典", "离婚后，父母对于孩子仍有抚养的权利和义务。");
		List<RankedCandidate> ranked = new CandidateRanker(RankingModel.bundled()).rank(List.of(synonym, exact),
				new RankingQuery(concepts, Intent.GENERAL, AskedValue.NONE, List.of(), false, StatedFigures.NONE,
						candidate -> false),
				new double[] { Double.NaN, Double.NaN });

		RankedCandidate bySynonym = ranked.stream()
			.filter(candidate -> candidate.candidate().ordinal() == 0)
			.findFirst()
			.orElseThrow();
		assertThat(bySynonym.feature(RankingFeature.COVERAGE)).isEqualTo(0.5);
		assertThat(bySynonym.feature(RankingFeature.PARTIAL_COVERAGE)).isEqualTo(0.75);
		assertThat(ranked.get(0).feature(RankingFeature.PARTIAL_COVERAGE)).isEqualTo(1);
	}

	@Test
	void aClauseOfADocumentOfNoKnownPlaceMatchesTheNamedPlaceWhenItSpeaksOfIt() {
		Candidate news = Candidate
			.of("news", 0, "申报纳税期限延长", null, null, List.of("申报纳税期限延长"), "青山市税务局纳税服务热线12366。", ClauseColumns.NONE)
			.withScore(1);
		Candidate elsewhere = Candidate
			.of("other", 0, "申报纳税期限延长", "绿水市", null, List.of("申报纳税期限延长"), "青山市税务局纳税服务热线12366。", ClauseColumns.NONE)
			.withScore(1);
		List<Concept> concepts = List.of(new Concept("纳税服务热线", Set.of("纳税服务热线"), 3));
		RankingQuery query = new RankingQuery(concepts, Intent.GENERAL, AskedValue.NONE, List.of("青山市"), false,
				StatedFigures.NONE, candidate -> candidate.text().contains("青山市"));

		List<RankedCandidate> ranked = new CandidateRanker(RankingModel.bundled()).rank(List.of(news, elsewhere), query,
				new double[] { Double.NaN, Double.NaN });

		assertThat(ranked.get(0).candidate().documentId()).isEqualTo("news");
		assertThat(ranked.get(0).feature(RankingFeature.SCOPE_MATCH)).isEqualTo(1);
		assertThat(ranked.get(1).feature(RankingFeature.SCOPE_MATCH)).isZero();
		assertThat(query.inScope(news)).isTrue();
	}

	@Test
	void aQuestionNamingNoPlaceIsInScopeOfAnyDocumentNotKnownToBeLocal() {
		Candidate news = Candidate.of("news", 0, "银行支持复工", null, null, List.of(), "支持七大领域。", ClauseColumns.NONE);
		Candidate law = Candidate.of("law", 0, "劳动法", "全国", null, List.of(), "支持七大领域。", ClauseColumns.NONE);
		Candidate local = Candidate.of("local", 0, "措施", "绿水市", null, List.of(), "支持七大领域。", ClauseColumns.NONE);
		RankingQuery query = new RankingQuery(List.of(), Intent.GENERAL, AskedValue.NONE, List.of(), false,
				StatedFigures.NONE, candidate -> true);

		assertThat(query.inScope(news)).isTrue();
		assertThat(query.inScope(law)).isTrue();
		assertThat(query.inScope(local)).isFalse();
	}

	@Test
	void ofParallelParagraphsTheOneWhoseConditionTheStatedFigureMeetsRanksFirst() {
		Candidate shorter = lawArticle(0, "劳动合同法", "劳动合同期限三个月以上不满一年的，试用期不得超过一个月。");
		Candidate longer = lawArticle(1, "劳动合同法", "劳动合同期限一年以上不满三年的，试用期不得超过二个月。");
		List<Concept> concepts = List.of(new Concept("试用期", Set.of("试用期"), 3));
		CandidateRanker ranker = new CandidateRanker(RankingModel.bundled());
		List<RankedCandidate> ranked = ranker.rank(List.of(shorter, longer),
				new RankingQuery(concepts, Intent.GENERAL, AskedValue.NONE, List.of(), false,
						StatedFigures.of("两年期的劳动合同，试用期最长多久？"), candidate -> false),
				new double[] { Double.NaN, Double.NaN });
		assertThat(ranked).extracting(candidate -> candidate.candidate().ordinal()).containsExactly(1, 0);
		assertThat(ranked.get(0).feature(RankingFeature.CONDITION_MET)).isEqualTo(1);
		assertThat(ranked.get(1).feature(RankingFeature.CONDITION_MET)).isZero();
	}

	@Test
	void aMissingVerbIsNoMissingSubject() {
		Candidate clause = Candidate.of("a", 0, "甲", null, null, List.of("甲"), "行政处罚信息7个工作日内公开。", ClauseColumns.NONE)
			.withScore(1);
		List<Concept> concepts = List.of(new Concept("行政处罚", Set.of("行政处罚"), 3), new Concept("完事", Set.of("完事"), 1));
		RankingQuery query = new RankingQuery(concepts, Intent.GENERAL, AskedValue.NONE, List.of(), false,
				StatedFigures.NONE, candidate -> false);
		RankedCandidate ranked = new CandidateRanker(RankingModel.bundled())
			.rank(List.of(clause), query, new double[] { Double.NaN })
			.get(0);
		assertThat(ranked.feature(RankingFeature.MISSED_MAX)).isEqualTo(0.25);
		assertThat(ranked.feature(RankingFeature.MISSED_NOUN_MAX)).isZero();
	}

	@Test
	void givesPartialCreditForAWordHeldInPart() {
		Concept concept = new Concept("答复文书", Set.of("答复文书"), 1);
		assertThat(CandidateRanker.pairsFound(concept, "规范答复书格式")).isCloseTo(1.0 / 3,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(CandidateRanker.pairsFound(concept, "无关内容")).isZero();
	}

	@Test
	void givesPartialCreditForAShortFormSpelledOut() {
		assertThat(CandidateRanker.abbreviated(new Concept("年假", Set.of("年假"), 1), "职工享受带薪年休假")).isEqualTo(0.5);
		assertThat(CandidateRanker.abbreviated(new Concept("低保", Set.of("低保"), 1), "纳入最低生活保障范围")).isEqualTo(0.5);
		// Too far apart, out of order, or a long word: no short form.
		assertThat(CandidateRanker.abbreviated(new Concept("年假", Set.of("年假"), 1), "每年组织一次休息放假")).isZero();
		assertThat(CandidateRanker.abbreviated(new Concept("医保", Set.of("医保"), 1), "保障医疗")).isZero();
		assertThat(CandidateRanker.abbreviated(new Concept("社会保险", Set.of("社会保险"), 1), "社会基本养老保险")).isZero();
	}

	@Test
	void coverageWeighsRareWordsMoreAndCountsSynonyms() {
		List<Concept> concepts = List.of(new Concept("钱", Set.of("钱", "经费"), 1.0),
				new Concept("适老化", Set.of("适老化"), 3.0));
		assertThat(CandidateRanker.coverage("将经费纳入预算", concepts)).isEqualTo(0.25);
		assertThat(CandidateRanker.coverage("开展适老化改造", concepts)).isEqualTo(0.75);
		assertThat(CandidateRanker.coverage("无关", List.of())).isZero();
	}

	/**
	 * A clause of a nationwide law, first in retrieval.
	 */
	private static Candidate lawArticle(int ordinal, String law, String text) {
		return Candidate.of("law", ordinal, law, "全国", null, List.of(law), text, ClauseColumns.NONE).withScore(1);
	}

}
