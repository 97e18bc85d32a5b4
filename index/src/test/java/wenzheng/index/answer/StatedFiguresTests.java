package wenzheng.index.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures a citizen states of their own case and the ranges of a law they meet.
 */
class StatedFiguresTests {

	@Test
	void readsChineseAndArabicNumerals() {
		assertThat(StatedFigures.number("十二")).isEqualTo(12);
		assertThat(StatedFigures.number("二十")).isEqualTo(20);
		assertThat(StatedFigures.number("两")).isEqualTo(2);
		assertThat(StatedFigures.number("一百零五")).isEqualTo(105);
		assertThat(StatedFigures.number("十")).isEqualTo(10);
		assertThat(StatedFigures.number("4")).isEqualTo(4);
		assertThat(StatedFigures.number("十几")).isNaN();
		assertThat(StatedFigures.number("半")).isEqualTo(0.5);
	}

	@Test
	void halvesAndRoundNumbersWithMoreAreFiguresButTheHalvesOfAYearAreDates() {
		StatedFigures halfAYear = StatedFigures.of("我在这个窗口才做了半年，能申请轮岗吗？");
		assertThat(halfAYear.metBy("在岗未满一个年度的，不得轮岗；")).isTrue();
		assertThat(halfAYear.metBy("在岗满一个年度的，")).isFalse();
		StatedFigures overTwentyDays = StatedFigures.of("报修二十多天了还没人来，正常吗？");
		assertThat(overTwentyDays.metBy("一般不超过30天")).isTrue();
		assertThat(overTwentyDays.metBy("处理时间不超过14天，")).isFalse();
		assertThat(overTwentyDays.metBy("15天以内办结；")).isFalse();
		assertThat(StatedFigures.of("宝宝出生两个多月").metBy("婴儿未满3个月的，")).isTrue();
		assertThat(StatedFigures.of("上半年的计划什么时候出？").isEmpty()).isTrue();
		assertThat(StatedFigures.of("下半年的计划什么时候出？").isEmpty()).isTrue();
	}

	@Test
	void aDurationMeetsTheRangeThatHoldsItInTheUnitsOfTheLaw() {
		StatedFigures twoYears = StatedFigures.of("两年期的劳动合同，试用期最长能约定多久？");
		assertThat(twoYears.metBy("劳动合同期限三个月以上不满一年的，")).isFalse();
		assertThat(twoYears.metBy("劳动合同期限一年以上不满三年的，")).isTrue();
		assertThat(twoYears.metBy("三年以上固定期限和无固定期限的劳动合同，")).isFalse();
		assertThat(twoYears.metBy("试用期不得超过二个月；")).isFalse();

		StatedFigures twelveYears = StatedFigures.of("我参加工作已经十二年了，年假有几天？");
		assertThat(twelveYears.metBy("职工累计工作已满1年不满10年的，年休假5天；")).isFalse();
		assertThat(twelveYears.metBy("已满10年不满20年的，年休假10天；")).isTrue();
		assertThat(twelveYears.metBy("已满20年的，年休假15天。")).isFalse();
	}

	@Test
	void anOpenRangeHoldsItsBoundAndABelowRangeDoesNot() {
		StatedFigures threeMonths = StatedFigures.of("怀孕三个月的时候流产了，有产假吗？");
		assertThat(threeMonths.metBy("女职工怀孕未满4个月流产的，")).isTrue();
		assertThat(threeMonths.metBy("怀孕满4个月流产的，")).isFalse();
		assertThat(StatedFigures.of("孩子满六周岁了吗").metBy("凡年满六周岁的儿童，")).isTrue();
		assertThat(StatedFigures.of("他今年5岁").metBy("凡年满六周岁的儿童，")).isFalse();
		assertThat(StatedFigures.of("工作了三年").metBy("工作三年以下的，")).isTrue();
	}

	@Test
	void datesAndAgesAreNotDurationsAndAQuestionWithoutFiguresMeetsNothing() {
		StatedFigures date = StatedFigures.of("2022年的政务公开要点什么时候印发？");
		assertThat(date.isEmpty()).isTrue();
		assertThat(date.metBy("一年以上不满三年的，")).isFalse();
		assertThat(StatedFigures.of("我今年20岁，身份证有效期几年？").metBy("十六周岁至二十五周岁的，")).isTrue();
		assertThat(StatedFigures.of("我今年30岁，身份证有效期几年？").metBy("十六周岁至二十五周岁的，")).isFalse();
		assertThat(StatedFigures.of("我今年20岁").metBy("劳动合同期限一年以上不满三年的，")).isFalse();
		assertThat(StatedFigures.NONE.metBy("一年以上不满三年的，")).isFalse();
	}

}
