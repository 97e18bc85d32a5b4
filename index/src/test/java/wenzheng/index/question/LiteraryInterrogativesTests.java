package wenzheng.index.question;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiteraryInterrogativesTests {

	@Test
	void classicalInterrogativesAreReadInTheirEverydayForms() {
		assertThat(LiteraryInterrogatives.everyday("举报的人有何奖励？")).isEqualTo("举报的人有什么奖励？");
		assertThat(LiteraryInterrogatives.everyday("在何处办理？")).isEqualTo("在哪里办理？");
		assertThat(LiteraryInterrogatives.everyday("何种情形可以延期？")).isEqualTo("什么情形可以延期？");
		assertThat(LiteraryInterrogatives.everyday("企业何时能够复工？")).isEqualTo("企业什么时候能够复工？");
		assertThat(LiteraryInterrogatives.everyday("期限延长是为何？")).isEqualTo("期限延长是为什么？");
	}

	@Test
	void wordsHoldingTheCharacterStayAsTheyAre() {
		assertThat(LiteraryInterrogatives.everyday("任何人不得拒绝，如何办理？")).isEqualTo("任何人不得拒绝，如何办理？");
		assertThat(LiteraryInterrogatives.everyday("任何时候都可以申请吗？")).isEqualTo("任何时候都可以申请吗？");
		assertThat(LiteraryInterrogatives.everyday("因为何种原因延期？")).isEqualTo("因为什么原因延期？");
	}

}
