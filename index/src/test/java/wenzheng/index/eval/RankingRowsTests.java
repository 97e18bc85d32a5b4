package wenzheng.index.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wenzheng.index.answer.RankingFeature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rows the ranking model is fitted on, as written by the eval command and read by the
 * fit command.
 */
class RankingRowsTests {

	@TempDir
	Path folder;

	@Test
	void readsBackWhatItWroteWithTheCandidatesGivingTheSameAnswerAsEachRow() {
		double[] features = new double[RankingFeature.values().length];
		features[RankingFeature.COVERAGE.ordinal()] = 0.75;
		List<RankingRows.Row> rows = List.of(new RankingRows.Row("dev", "L1", true, 1, true, Set.of(2, 4), features),
				new RankingRows.Row("dev", "L1", true, 2, false, Set.of(1), features),
				new RankingRows.Row("dev", "L2", false, 0, false, Set.of(), features));
		Path file = this.folder.resolve("rows.tsv");

		RankingRows.write(file, rows);
		List<RankingRows.Row> read = RankingRows.read(file);

		assertThat(read).extracting(RankingRows.Row::sameAnswerAs).containsExactly(Set.of(2, 4), Set.of(1), Set.of());
		assertThat(read).extracting(RankingRows.Row::rank).containsExactly(1, 2, 0);
		assertThat(read.get(0).features()[RankingFeature.COVERAGE.ordinal()]).isEqualTo(0.75);
	}

	@Test
	void refusesRowsOfAnotherVersionsFeatures() throws Exception {
		Path file = this.folder.resolve("old.tsv");
		Files.writeString(file, "set\tid\tanswerable\trank\tlabel\tcoverage\ndev\tL1\t1\t1\t1\t0.5\n");
		assertThatIllegalArgumentException().isThrownBy(() -> RankingRows.read(file))
			.withMessageContaining("header of this version's features");
	}

}
