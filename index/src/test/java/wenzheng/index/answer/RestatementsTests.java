package wenzheng.index.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clauses that say the same thing, as a large base says one rule many times.
 */
class RestatementsTests {

	static final String LAW = "第二十一条 老年人的婚姻自由受法律保护。子女或者其他亲属不得干涉老年人离婚、再婚及婚后的生活。";

	static final String LOCAL = "第十五条 老年人的婚姻自由受法律保护。子女或者其他亲属不得干涉老年人离婚、再婚及婚后的生活，不得以老年人再婚为由拒绝履行赡养义务。";

	static final String OTHER = "第十四条 赡养人应当履行对老年人经济上供养、生活上照料和精神上慰藉的义务，照顾老年人的特殊需要。";

	@Test
	void aLocalRegulationRepeatingALawRestatesIt() {
		String local = LOCAL;
		assertThat(Restatements.of(LAW).restates(Restatements.of(local))).isTrue();
		assertThat(Restatements.of(local).restates(Restatements.of(LAW))).isTrue();
	}

	@Test
	void anotherRuleOnTheSameSubjectIsNoRestatement() {
		assertThat(Restatements.of(LAW).restates(Restatements.of(OTHER))).isFalse();
	}

	@Test
	void anEmptyTextRestatesNothing() {
		assertThat(Restatements.of(LAW).restates(Restatements.of(""))).isFalse();
		assertThat(Restatements.of("").restates(Restatements.of(""))).isFalse();
	}

}
