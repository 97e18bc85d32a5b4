package wenzheng.bot.hotline;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import wenzheng.bot.knowledgebase.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests count as repeats when they name the same place and say the same thing, whoever
 * asks and however they sign.
 */
class SimilarTicketsTests {

	private final SimilarTickets similarity = new SimilarTickets(
			new StaticListableBeanFactory().getBeanProvider(KnowledgeBase.class));

	@Test
	void theSameRequestInOtherWordsAndSignedByAnotherCitizenIsARepeat() {
		String main = "我要反映：幸福小区的路灯坏了好几天了，晚上很黑，我是张三，电话13912345678";
		for (String other : new String[] { "我要反映：幸福小区路灯坏了，晚上太黑了，我是李四", "我要反映：幸福小区路灯不亮好几天了，我叫王五", "幸福小区的路灯坏了" }) {
			assertThat(score(main, other)).as(other).isGreaterThanOrEqualTo(SimilarTickets.MIN_SCORE);
		}
	}

	@Test
	void anotherPlaceOrAnotherMatterIsNot() {
		String main = "我要反映：幸福小区的路灯坏了好几天了，晚上很黑";
		for (String other : new String[] { "我要反映：阳光小区的路灯坏了好几天了，晚上很黑", "我要反映：幸福小区的垃圾好几天没人清运了", "路灯坏了好几天了",
				"我要反映：幸福小区的物业费太高了，我是张三" }) {
			assertThat(score(main, other)).as(other).isLessThan(SimilarTickets.MIN_SCORE);
		}
	}

	@Test
	void scoresEveryOtherRequestInOrder() {
		java.util.List<Double> scores = this.similarity.scores("幸福小区的路灯坏了",
				java.util.List.of("幸福小区的路灯坏了", "阳光小区的路灯坏了"));
		assertThat(scores.get(0)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(scores.get(1)).isZero();
	}

	private double score(String first, String second) {
		return this.similarity.scores(first, java.util.List.of(second)).get(0);
	}

}
