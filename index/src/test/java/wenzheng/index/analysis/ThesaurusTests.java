package wenzheng.index.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThesaurusTests {

	@Test
	void aWordHasTheOtherWordsOfItsGroupOfEqualMeaning() {
		assertThat(Thesaurus.synonymsOf("孩子")).contains("子女").doesNotContain("孩子");
		assertThat(Thesaurus.synonymsOf("到场")).contains("列席");
		assertThat(Thesaurus.synonymsOf("辞退")).contains("解雇");
	}

	@Test
	void singleCharactersAndUnknownWordsGiveNothing() {
		assertThat(Thesaurus.synonymsOf("到场")).allSatisfy(word -> assertThat(word).hasSizeGreaterThan(1));
		assertThat(Thesaurus.synonymsOf("洮北区政务公开")).isEmpty();
		assertThat(Thesaurus.synonymsOf("单位")).isEmpty();
	}

}
