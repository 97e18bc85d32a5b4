package wenzheng.knowledge.segment;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

import wenzheng.knowledge.HostileText;
import wenzheng.knowledge.clause.Clause;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever text arrives, segmentation finishes and yields readable clauses.
 */
class SegmenterPropertiesTests {

	private final Segmenter segmenter = new Segmenter();

	@Property(tries = 10_000)
	void anyTextSegmentsIntoBoundedClauses(@ForAll("text") String text, @ForAll("text") String title) {
		List<Clause> clauses = this.segmenter.segment("doc", title.length() > 200 ? title.substring(0, 200) : title,
				text);
		for (Clause clause : clauses) {
			assertThat(clause.text().length()).isLessThanOrEqualTo(600);
			assertThat(clause.documentId()).isEqualTo("doc");
			assertThat(clause.ordinal()).isBetween(0, clauses.size() - 1);
		}
	}

	@Provide
	Arbitrary<String> text() {
		return HostileText.any();
	}

}
