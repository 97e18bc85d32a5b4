package wenzheng.knowledge.progress;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLogTests {

	@Test
	void reportsRatesAndTheTimeLeftWhenTheTotalIsKnown() {
		ProgressLog progress = new ProgressLog(LoggerFactory.getLogger(getClass()), "Import", 10, "bytes");
		for (int i = 0; i < 4; i++) {
			progress.step(1000);
		}
		assertThat(progress.line(System.nanoTime())).startsWith("Import: 4/10 done, ")
			.contains(" bytes/s")
			.containsPattern("about \\d+ s left$");
	}

	@Test
	void leavesOutTheTimeLeftWhenTheTotalIsUnknown() {
		ProgressLog progress = new ProgressLog(LoggerFactory.getLogger(getClass()), "Indexing", -1, "characters");
		progress.step(20);
		assertThat(progress.line(System.nanoTime())).startsWith("Indexing: 1 done, ").doesNotContain("left");
	}

}
