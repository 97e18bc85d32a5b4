package wenzheng.index.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitedSourceTests {

	@Test
	void theLawOrTheStateCitedAsWhereTheAnswerStandsIsBlanked() {
		assertThat(CitedSource.blank("法律上对试用期有没有限制？")).isEqualTo(" 对试用期有没有限制？");
		assertThat(CitedSource.blank("按国家规定的标准，丧葬费发多少")).isEqualTo(" 标准，丧葬费发多少");
		assertThat(CitedSource.blank("政策里说没说补贴怎么领")).isEqualTo(" 说没说补贴怎么领");
	}

	@Test
	void theLawAsWhatIsAskedAboutStays() {
		assertThat(CitedSource.blank("怎么申请法律援助")).isEqualTo("怎么申请法律援助");
		assertThat(CitedSource.blank("要承担什么法律责任")).isEqualTo("要承担什么法律责任");
		assertThat(CitedSource.blank("国家补贴有哪些")).isEqualTo("国家补贴有哪些");
	}

}
