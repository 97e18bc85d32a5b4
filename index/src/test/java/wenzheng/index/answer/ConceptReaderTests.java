package wenzheng.index.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What of a question is searched as its subject and what only as context.
 */
class ConceptReaderTests {

	@Test
	void aFigureOfTheCitizensOwnCaseIsContextNotSubject() {
		String question = "骑电动车带5岁的孩子，可以吗？";
		assertThat(ConceptReader.Focus.of(question).asked()).doesNotContain("5岁").contains("电动车", "孩子");
		assertThat(ConceptReader.Focus.of(question).setAside()).isEqualTo("5岁 ");
	}

	@Test
	void whatTheCitizenSetsAsideIsContextNotSubject() {
		String question = "除了发文字稿，工作满十二年还会用什么形式？";
		assertThat(ConceptReader.Focus.of(question).asked()).doesNotContain("文字稿", "十二年").contains("形式");
		assertThat(ConceptReader.Focus.of(question).setAside()).isEqualTo("除了发文字稿 十二年 ");
	}

	@Test
	void aQuestionWithoutEitherIsAllSubject() {
		assertThat(ConceptReader.Focus.of("行政处罚信息多久公开？").asked()).isEqualTo("行政处罚信息多久公开？");
		assertThat(ConceptReader.Focus.of("行政处罚信息多久公开？").setAside()).isEmpty();
	}

	@Test
	void aWordStandingOnlyInAPartSetAsideIsSetAside() {
		ConceptReader.Focus focus = ConceptReader.Focus.of("除了发文字稿，还会用什么形式发文字？");
		assertThat(focus.setsAside("文字稿")).isTrue();
		assertThat(focus.setsAside("文字")).as("it stands in the asked part too").isFalse();
		assertThat(focus.setsAside("形式")).isFalse();
	}

}
