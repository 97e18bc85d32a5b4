package wenzheng.index.answer;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words written with alternatives in brackets hold each word they stand for.
 */
class AlternativesTests {

	@Test
	void aBracketedAlternativeStandsForAsManyCharactersBeforeIt() {
		assertThat(concept("村民").in("张贴在村（居）民活动室门口")).isTrue();
		assertThat(concept("居民").in("张贴在村（居）民活动室门口")).isTrue();
		assertThat(concept("街道").in("由乡镇（街道）负责登记")).isTrue();
		assertThat(concept("乡镇").in("由乡镇（街道）负责登记")).isTrue();
		assertThat(concept("单位").in("各部门（单位）要按月报送")).isTrue();
	}

	@Test
	void everyAlternativeOfAListIsReadWithTheWordsAround() {
		String text = "县（市、区）政府负责组织实施";
		assertThat(concept("县政府").in(text)).isTrue();
		assertThat(concept("市政府").in(text)).isTrue();
		assertThat(concept("区政府").in(text)).isTrue();
		assertThat(concept("镇政府").in(text)).isFalse();
	}

	@Test
	void remarksAndCitationsInBracketsSpellNothingOut() {
		assertThat(Alternatives.spelledOut("按要求执行（国办发〔2019〕54号）。")).isEmpty();
		assertThat(Alternatives.spelledOut("没有括号的句子")).isEmpty();
		assertThat(concept("办事处落实").in("推进政策解读（相关各部门、城南办事处分别落实）")).isFalse();
	}

	private static Concept concept(String word) {
		return new Concept(word, Set.of(word), 1);
	}

}
