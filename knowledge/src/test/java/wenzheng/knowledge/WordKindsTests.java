package wenzheng.knowledge;

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

	@Test
	void aNameMadeOfAnEverydayWordIsNoProperName() {
		assertThat(WordKinds.isEverydayName("行政区", "行政")).isTrue();
		assertThat(WordKinds.isEverydayName("城市市", "城市")).isTrue();
		assertThat(WordKinds.isEverydayName("保税区", "保税")).isTrue();
	}

	@Test
	void unknownNamesPlaceNamesAndPersonNamesAreProperNames() {
		assertThat(WordKinds.isEverydayName("洮北区", "洮北")).isFalse();
		assertThat(WordKinds.isEverydayName("四平市", "四平")).isFalse();
		assertThat(WordKinds.isEverydayName("市中区", "市中")).isFalse();
		assertThat(WordKinds.isEverydayName("洮南市", "洮南")).isFalse();
	}

	@Test
	void verbsPronounsAndAdverbsAreWordsOfASentence() {
		assertThat(WordKinds.holdsSentenceWord("开车走")).isTrue();
		assertThat(WordKinds.holdsSentenceWord("请问")).isTrue();
		assertThat(WordKinds.holdsSentenceWord("哪个专")).isTrue();
		assertThat(WordKinds.holdsSentenceWord("开封")).as("a place the dictionary knows").isFalse();
		assertThat(WordKinds.holdsSentenceWord("抚松")).as("one character of a verb is no word").isFalse();
		assertThat(WordKinds.holdsSentenceWord("洮北")).isFalse();
	}

	@Test
	void everydayPronounsAdverbsParticlesAndCircumstancesOnlyBuildASentence() {
		assertThat(WordKinds.isEverydayFramingWord("别的")).isTrue();
		assertThat(WordKinds.isEverydayFramingWord("一样")).isTrue();
		assertThat(WordKinds.isEverydayFramingWord("按时")).isTrue();
		assertThat(WordKinds.isEverydayFramingWord("今年")).as("a time word").isTrue();
		assertThat(WordKinds.isEverydayFramingWord("下面")).as("a word of position").isTrue();
		assertThat(WordKinds.isEverydayFramingWord("家里")).as("a word of place").isTrue();
		assertThat(WordKinds.isEverydayFramingWord("容易")).as("an adjective").isTrue();
		assertThat(WordKinds.isEverydayFramingWord("周六")).as("a time word too rare to be everyday").isFalse();
		assertThat(WordKinds.isEverydayFramingWord("上班")).as("a verb is often what is asked").isFalse();
		assertThat(WordKinds.isEverydayFramingWord("孩子")).as("a noun").isFalse();
		assertThat(WordKinds.isEverydayFramingWord("洮北")).as("a word the dictionary does not know").isFalse();
	}

}
