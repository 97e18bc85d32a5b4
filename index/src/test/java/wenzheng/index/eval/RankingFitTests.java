package wenzheng.index.eval;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import wenzheng.index.answer.RankingFeature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The fitting behind the ranking model: it recovers known weights and is deterministic.
 */
class RankingFitTests {

	@Test
	void logisticRegressionRecoversTheWeightsThatMadeTheData() {
		Random random = new Random(7);
		double[][] x = new double[4000][2];
		double[] y = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			x[i][0] = random.nextDouble();
			x[i][1] = random.nextDouble();
			double p = 1 / (1 + Math.exp(-(-2 + 3 * x[i][0] - 1 * x[i][1])));
			y[i] = random.nextDouble() < p ? 1 : 0;
		}
		double[] w = LogisticRegression.fit(x, y, 0);
		assertThat(w[0]).isCloseTo(-2, within(0.4));
		assertThat(w[1]).isCloseTo(3, within(0.4));
		assertThat(w[2]).isCloseTo(-1, within(0.4));
		assertThat(LogisticRegression.fit(x, y, 0)).containsExactly(w);
	}

	@Test
	void conditionalLogitLearnsWhichFeatureSinglesOutTheRightCandidate() {
		Random random = new Random(11);
		List<double[][]> groups = new ArrayList<>();
		List<boolean[]> right = new ArrayList<>();
		for (int q = 0; q < 300; q++) {
			double[][] candidates = new double[5][2];
			boolean[] labels = new boolean[5];
			int best = 0;
			for (int i = 0; i < 5; i++) {
				candidates[i][0] = random.nextDouble();
				// noise: the same for every candidate of a question says nothing
				candidates[i][1] = q % 2;
				if (candidates[i][0] > candidates[best][0]) {
					best = i;
				}
			}
			labels[best] = true;
			groups.add(candidates);
			right.add(labels);
		}
		double[] w = ConditionalLogit.fit(groups, right, 0.1);
		assertThat(w[0]).isGreaterThan(5);
		assertThat(w[1]).isCloseTo(0, within(1e-6));
	}

	@Test
	void solvesALinearSystem() {
		double[] x = LogisticRegression.solve(new double[][] { { 0, 2 }, { 3, 1 } }, new double[] { 4, 5 });
		assertThat(x).containsExactly(new double[] { 1, 2 }, within(1e-12));
	}

	@Test
	void aGivenThresholdIsKeptAndTheFiguresAreThoseAtIt() {
		Random random = new Random(5);
		List<RankingRows.Row> rows = new ArrayList<>();
		for (int q = 0; q < 60; q++) {
			boolean answerable = q % 3 != 0;
			for (int rank = 1; rank <= 3; rank++) {
				double[] features = new double[RankingFeature.values().length];
				boolean right = answerable && rank == 1;
				features[RankingFeature.COVERAGE.ordinal()] = (right ? 0.6 : 0.2) + 0.3 * random.nextDouble();
				rows.add(new RankingRows.Row("set", "Q" + q, answerable, rank, right, Set.of(), features));
			}
		}
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

		RankingFit.Result fixed = RankingFit.of(rows).fit(out, OptionalDouble.of(0.37));

		assertThat(fixed.model().threshold()).isEqualTo(0.37);
		assertThat(fixed.summary()).contains("threshold 0.37.");
		assertThat(RankingFit.of(rows).fit(out, OptionalDouble.empty()).model().threshold()).isNotEqualTo(0.37);
	}

}
