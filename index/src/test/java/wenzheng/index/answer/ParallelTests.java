package wenzheng.index.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParallelTests {

	@Test
	void theSameTaskInTwoPlacesPlansIsParallel() {
		Parallel first = Parallel.of("各部门年内至少开展1次政务公开工作培训，增强公职人员公开意识。");
		Parallel second = Parallel.of("各县区年内至少开展1次政务公开业务培训。");
		assertThat(first.says(second)).isTrue();
		assertThat(second.says(first)).isTrue();
	}

	@Test
	void clausesOnOtherThingsAreNot() {
		Parallel training = Parallel.of("各部门年内至少开展1次政务公开工作培训。");
		Parallel fees = Parallel.of("实施义务教育，不收学费、杂费。");
		assertThat(training.says(fees)).isFalse();
	}

	@Test
	void aTextWithoutIdeographsIsParallelToNothing() {
		assertThat(Parallel.of("12345").says(Parallel.of("12345"))).isFalse();
		assertThat(Parallel.of("").says(Parallel.of("政务公开"))).isFalse();
	}

	@Test
	void repeatedPairsCountOnce() {
		// Two distinct pairs ("公开", "开公") however often repeated: the one shared is half
		// of them. Counted with repeats, it would be one of seventeen.
		Parallel repeated = Parallel.of("公开公开公开公开公开公开公开公开公开");
		Parallel other = Parallel.of("公开目录指南年报");
		assertThat(repeated.says(other)).isTrue();
		assertThat(other.says(repeated)).isTrue();
	}

}
