package wenzheng.index.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordKindsTests {

	@Test
	void nounsNamesAbbreviationsAndUnknownWordsNameThings() {
		assertThat(WordKinds.isNoun("公积金")).isTrue();
		assertThat(WordKinds.isNoun("驾驶证")).isTrue();
		assertThat(WordKinds.isNoun("高校")).isTrue();
		assertThat(WordKinds.isNoun("北京")).isTrue();
		assertThat(WordKinds.isNoun("12345热线")).isTrue();
	}

	@Test
	void verbsAdverbsAndIdiomsSayHowTheQuestionIsPut() {
		assertThat(WordKinds.isNoun("完事")).isFalse();
		assertThat(WordKinds.isNoun("按时")).isFalse();
		assertThat(WordKinds.isNoun("满天飞")).isFalse();
		assertThat(WordKinds.isNoun("五花八门")).isFalse();
	}

}
