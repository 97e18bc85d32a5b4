package wenzheng.knowledge.segment;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;

import wenzheng.knowledge.HostileText;
import wenzheng.knowledge.SeededInputs;
import wenzheng.knowledge.clause.Clause;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever text arrives, segmentation finishes and yields readable clauses.
 */
class SegmenterFuzzTests {

	private final Segmenter segmenter = new Segmenter();

	@FuzzTest
	void anyTextSegmentsIntoBoundedClauses(FuzzedDataProvider data) {
		String title = HostileText.from(data);
		String text = HostileText.from(data);
		List<Clause> clauses = this.segmenter.segment("doc", title.length() > 200 ? title.substring(0, 200) : title,
				text);
		for (Clause clause : clauses) {
			assertThat(clause.text().length()).isLessThanOrEqualTo(600);
			assertThat(clause.documentId()).isEqualTo("doc");
			assertThat(clause.ordinal()).isBetween(0, clauses.size() - 1);
		}
	}

	@Test
	void seededTextsSegmentIntoBoundedClauses() {
		SeededInputs.replay(22, SeededInputs.COUNT, 1_600, this::anyTextSegmentsIntoBoundedClauses);
	}

}
