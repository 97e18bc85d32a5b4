package wenzheng.index.answer;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which limits a question asks for, and the words a rule states them in.
 */
class AskedBoundTests {

	@Test
	void anUpperLimitAskedIsStatedAsOneNotToExceed() {
		List<AskedBound.Match> matches = AskedBound.find("租房合同最长能签多少年？");
		assertThat(matches).singleElement().satisfies(match -> {
			assertThat(match.word()).isEqualTo("最长");
			assertThat(match.forms()).contains("最长", "不得超过", "不超过");
			assertThat("租房合同最长能签多少年？".substring(match.start(), match.end())).isEqualTo("最长");
		});
	}

	@Test
	void aLowerLimitAskedIsStatedAsOneNotToFallBelow() {
		assertThat(AskedBound.find("加班费最少按工资的多少来发？")).singleElement()
			.satisfies(match -> assertThat(match.forms()).contains("最少", "不低于", "不少于"));
		assertThat(AskedBound.find("缴存比例最低不能低于工资的百分之几？")).singleElement()
			.satisfies(match -> assertThat(match.word()).isEqualTo("最低不能低于"));
	}

	@Test
	void theCitizensOwnWordsForTheBoundAreTakenWhole() {
		assertThat(AskedBound.find("一个月加班最多不能超过多少个小时？")).extracting(AskedBound.Match::word).containsExactly("最多不能超过");
		assertThat(AskedBound.find("社保缴费基数的上限和下限分别是多少？")).extracting(AskedBound.Match::word)
			.containsExactlyInAnyOrder("上限", "下限");
	}

	@Test
	void aSuperlativeWithoutAFigureAskedIsNoLimit() {
		assertThat(AskedBound.find("企业采购量最大的是什么？")).isEmpty();
		assertThat(AskedBound.find("缓缴期限不超过6个月，滞纳金怎么规定？")).isEmpty();
	}

	@Test
	void aFigureNamedByItsOwnNounIsNoLimitAskedOfOne() {
		assertThat(AskedBound.find("香港现在的法定最低工资是每小时多少港币？")).isEmpty();
		assertThat(AskedBound.find("最高人民法院的解释有几条？")).isEmpty();
	}

}
