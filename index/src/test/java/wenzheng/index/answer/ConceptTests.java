package wenzheng.index.answer;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConceptTests {

	@Test
	void formsAreReadInOneOrderOnEveryRun() {
		Concept concept = new Concept("钱", Set.of("资金", "经费", "预算", "收费"), 1);
		assertThat(concept.forms()).containsExactly("收费", "经费", "资金", "预算");
	}

}
