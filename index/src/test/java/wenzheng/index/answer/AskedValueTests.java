package wenzheng.index.answer;

import java.util.List;

import org.junit.jupiter.api.Test;

import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The value a question asks for and whether a clause holds it.
 */
class AskedValueTests {

	@Test
	void aQuestionForAnAmountNeedsANumberWithAUnit() {
		assertThat(AskedValue.of("补贴能领多少钱？").heldBy(clause("按标准发放补贴，每人每月300元。", null))).isTrue();
		assertThat(AskedValue.of("补贴能领多少钱？").heldBy(clause("通过96885平台发布培训信息。", null))).isFalse();
		assertThat(AskedValue.of("几个工作日内答复？").heldBy(clause("在规定时间内答复。", "自受理之日起五个工作日内"))).isTrue();
		assertThat(AskedValue.of("至少举办几次？").heldBy(clause("2022年工作要点。", null))).isFalse();
		assertThat(AskedValue.of("谁负责？").heldBy(clause("无数字", null))).isTrue();
	}

	@Test
	void aQuestionForMoneyNeedsAnAmountNotJustAnyNumber() {
		assertThat(AskedValue.of("养老补贴每月能领多少？").heldBy(clause("经办机构应当在10个工作日内办理完毕。", null))).isFalse();
		assertThat(AskedValue.of("养老补贴每月能领多少？").heldBy(clause("高龄津贴每人每月200元。", null))).isTrue();
		assertThat(AskedValue.of("查档案要交多少钱？").heldBy(clause("查阅档案不收费。", null))).isTrue();
	}

	@Test
	void aQuestionForATelephoneNumberNeedsOne() {
		assertThat(AskedValue.of("社保中心的电话是多少？").heldBy(clause("由社保中心负责办理。", null))).isFalse();
		assertThat(AskedValue.of("社保中心的电话是多少？").heldBy(clause("咨询电话：0431-88881234。", null))).isTrue();
		assertThat(AskedValue.of("投诉打什么电话").heldBy(clause("拨打12345热线反映。", null))).isTrue();
		assertThat(AskedValue.of("爱心服务热线是多少？").heldBy(clause("24小时爱心服务热线：86839110。", null))).isTrue();
		assertThat(AskedValue.of("爱心服务热线是多少？").heldBy(clause("2020年3月起开通服务热线。", null))).isFalse();
	}

	@Test
	void phoneAsTheMeansAndEmailAddressesAreExactValuesToo() {
		assertThat(AskedValue.of("怎样电话咨询复工政策？").exact()).isTrue();
		assertThat(AskedValue.of("怎样电话咨询复工政策？").heldBy(clause("咨询热线：0431-88881234。", null))).isTrue();
		assertThat(AskedValue.of("怎样电话咨询复工政策？").heldBy(clause("企业可以咨询有关部门。", null))).isFalse();
		assertThat(AskedValue.of("举报线索发到哪个邮箱？").heldBy(clause("邮箱：report@qingshan.gov.cn。", null))).isTrue();
		assertThat(AskedValue.of("举报线索发到哪个邮箱？").heldBy(clause("电话：12345。", null))).isFalse();
		// The phone number as the subject of a deadline question asks for no number.
		assertThat(AskedValue.of("单位换了联系电话，多长时间内要更新？").exact()).isFalse();
	}

	private static Candidate clause(String text, String deadline) {
		return Candidate.of("doc", 0, "某某市2024年工作要点", "某某市", 2024, List.of("某某市2024年工作要点", "（一）"), text,
				new ClauseColumns(null, deadline, null));
	}

}
