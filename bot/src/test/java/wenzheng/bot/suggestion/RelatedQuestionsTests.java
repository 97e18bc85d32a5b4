package wenzheng.bot.suggestion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The character-pair measures related questions are chosen by.
 */
class RelatedQuestionsTests {

	@Test
	void pairsIgnorePunctuationAndSpaces() {
		assertThat(RelatedQuestions.pairs("公开， 时限？")).containsExactlyInAnyOrder("公开", "开时", "时限");
		assertThat(RelatedQuestions.pairs("？")).isEmpty();
	}

	@Test
	void similarityIsTheShareOfTheSmallerSet() {
		assertThat(RelatedQuestions.similarity(RelatedQuestions.pairs("行政处罚"), RelatedQuestions.pairs("行政处罚信息公开")))
			.isEqualTo(1.0);
		assertThat(RelatedQuestions.similarity(RelatedQuestions.pairs("养老"), RelatedQuestions.pairs("公积金"))).isZero();
	}

	@Test
	void cosineDoesNotFavourShortFragments() {
		double fragment = RelatedQuestions.cosine(RelatedQuestions.pairs("行政处罚信息多久公开"), RelatedQuestions.pairs("行政"));
		double heading = RelatedQuestions.cosine(RelatedQuestions.pairs("行政处罚信息多久公开"),
				RelatedQuestions.pairs("行政处罚决定信息公开"));
		assertThat(heading).isGreaterThan(fragment);
	}

}
