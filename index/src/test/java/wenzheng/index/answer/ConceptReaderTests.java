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
		assertThat(ConceptReader.asked(question)).doesNotContain("5岁").contains("电动车", "孩子");
		assertThat(ConceptReader.setAside(question)).isEqualTo("5岁 ");
	}

	@Test
	void whatTheCitizenSetsAsideIsContextNotSubject() {
		String question = "除了发文字稿，工作满十二年还会用什么形式？";
		assertThat(ConceptReader.asked(question)).doesNotContain("文字稿", "十二年").contains("形式");
		assertThat(ConceptReader.setAside(question)).isEqualTo("除了发文字稿 十二年 ");
	}

	@Test
	void aQuestionWithoutEitherIsAllSubject() {
		assertThat(ConceptReader.asked("行政处罚信息多久公开？")).isEqualTo("行政处罚信息多久公开？");
		assertThat(ConceptReader.setAside("行政处罚信息多久公开？")).isEmpty();
	}

}
