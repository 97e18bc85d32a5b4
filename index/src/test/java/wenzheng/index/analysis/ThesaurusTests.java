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

	@Test
	void wordsOfMindConnectivesAuxiliariesAndCourtesiesFrameAQuestion() {
		assertThat(Thesaurus.isFraming("担心")).isTrue();
		assertThat(Thesaurus.isFraming("觉得")).isTrue();
		assertThat(Thesaurus.isFraming("省得")).isTrue();
		assertThat(Thesaurus.isFraming("直接")).isTrue();
		assertThat(Thesaurus.isFraming("麻烦")).isTrue();
		assertThat(Thesaurus.isFraming("培训")).isFalse();
		assertThat(Thesaurus.isFraming("岗位")).isFalse();
		assertThat(Thesaurus.isFraming("上班")).isFalse();
		assertThat(Thesaurus.isFraming("洮北区")).isFalse();
	}

	@Test
	void theCitizensAskingAndHearingFrameAQuestion() {
		assertThat(Thesaurus.isFraming("问问")).isTrue();
		assertThat(Thesaurus.isFraming("听说")).isTrue();
		assertThat(Thesaurus.isFraming("复印")).isFalse();
	}

}
