package wenzheng.index.answer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The ranking model: weights read from data, the same ranking and confidence every time.
 */
class RankingModelTests {

	private static RankingModel model(String text) {
		return RankingModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void readsItsWeightsFromTheFileAndLeavesUnnamedFeaturesAtZero() {
		RankingModel model = model("""
				# a comment
				threshold=0.4
				rank.coverage=2
				confidence.intercept=-1
				confidence.coverage=3
				confidence.lead=0.5
				""");
		double[] features = new double[RankingFeature.values().length];
		features[RankingFeature.COVERAGE.ordinal()] = 0.5;
		features[RankingFeature.RETRIEVAL.ordinal()] = 1;
		assertThat(model.threshold()).isEqualTo(0.4);
		assertThat(model.score(features)).isEqualTo(1.0);
		assertThat(model.confidence(features, 1)).isCloseTo(1 / (1 + Math.exp(-1)),
				org.assertj.core.data.Offset.offset(1e-12));
	}

	@Test
	void writesWhatItReads() {
		RankingModel bundled = RankingModel.bundled();
		RankingModel again = model(bundled.toProperties("copy"));
		assertThat(again.rank()).containsExactly(bundled.rank());
		assertThat(again.confidence()).containsExactly(bundled.confidence());
		assertThat(again.threshold()).isEqualTo(bundled.threshold());
	}

	@Test
	void refusesAWeightThatIsNotANumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> model("rank.coverage=viel"))
			.withMessageContaining("rank.coverage");
	}

	@Test
	void theBundledModelRanksTheClauseHoldingTheAskedWordsFirstEveryTime() {
		Candidate onTopic = Candidate.of("a", 0, "甲", null, null, List.of(), "政府开放日活动每年至少举办2次。", ClauseColumns.NONE)
			.withScore(5);
		Candidate offTopic = Candidate.of("b", 0, "乙", null, null, List.of(), "政府网站栏目及时更新。", ClauseColumns.NONE)
			.withScore(6);
		List<Concept> concepts = List.of(new Concept("开放日", Set.of("开放日"), 3), new Concept("举办", Set.of("举办"), 1));
		RankingQuery query = new RankingQuery(concepts, Intent.QUANTITY, AskedValue.of("每年举办几次"), List.of(), false,
				StatedFigures.NONE, candidate -> false);
		CandidateRanker ranker = new CandidateRanker(RankingModel.bundled());
		List<RankedCandidate> first = ranker.rank(List.of(offTopic, onTopic), query, unknownCosines(2));
		List<RankedCandidate> second = ranker.rank(List.of(onTopic, offTopic), query, unknownCosines(2));
		assertThat(first.get(0).candidate().documentId()).isEqualTo("a");
		assertThat(first.get(0).score()).isEqualTo(second.get(0).score());
		assertThat(RankingModel.bundled().confidence(first.get(0).features(), 1))
			.isGreaterThan(RankingModel.bundled().confidence(first.get(1).features(), 1));
	}

	private static double[] unknownCosines(int candidates) {
		double[] cosines = new double[candidates];
		java.util.Arrays.fill(cosines, Double.NaN);
		return cosines;
	}

}
