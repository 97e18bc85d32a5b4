package wenzheng.index.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A level of government a citizen speaks of and the ranges of levels rules address.
 */
class GovernmentLevelsTests {

	@Test
	void aRangeBelowOrAboveABoundHoldsTheLevelsOnItsSideAndTheBound() {
		GovernmentLevels county = GovernmentLevels.of("我们县政府今年还能自己办展会吗？");
		assertThat(county.metBy("地市级以下政府不再单独办展")).isTrue();
		assertThat(county.metBy("县级以上人民政府应当组织")).isTrue();
		assertThat(county.metBy("县级以下单位")).isTrue();
		assertThat(county.metBy("省级以上媒体")).isFalse();
		assertThat(county.metBy("乡镇以下不设窗口")).isFalse();
		GovernmentLevels township = GovernmentLevels.of("乡镇一级要不要设专区？");
		assertThat(township.metBy("地市级以下政府不再单独办展")).isTrue();
		assertThat(township.metBy("设区的市级以上")).isFalse();
		assertThat(GovernmentLevels.of("市里有没有统一安排？").metBy("设区的市级以上")).isTrue();
	}

	@Test
	void wordsEndingWithALevelsCharacterNameNoLevel() {
		assertThat(GovernmentLevels.of("城市里的园区和小区怎么办？").metBy("县级以上人民政府")).isFalse();
		assertThat(GovernmentLevels.of("超市开门时间").metBy("市级以上")).isFalse();
	}

	@Test
	void theLevelIsWhereTheCitizensCaseIsNotTheWordsOfTheRule() {
		assertThat(StatedFigures.of("某县政府还能请第三方评估吗？").levelMetBy("地市级以下政府不再开展第三方评估")).isTrue();
		assertThat(StatedFigures.of("还能请第三方评估吗？").levelMetBy("地市级以下政府不再开展第三方评估")).isFalse();
	}

}
