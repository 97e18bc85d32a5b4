package wenzheng.index.answer;

import java.util.List;

import org.junit.jupiter.api.Test;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;

import static org.assertj.core.api.Assertions.assertThat;

class IntentCuesTests {

	@Test
	void aQuestionForAnAmountNeedsANumberWithAUnit() {
		assertThat(IntentCues.holdsAskedValue("补贴能领多少钱？", clause("按标准发放补贴，每人每月300元。", null))).isTrue();
		assertThat(IntentCues.holdsAskedValue("补贴能领多少钱？", clause("通过96885平台发布培训信息。", null))).isFalse();
		assertThat(IntentCues.holdsAskedValue("几个工作日内答复？", clause("在规定时间内答复。", "自受理之日起五个工作日内"))).isTrue();
		assertThat(IntentCues.holdsAskedValue("至少举办几次？", clause("2022年工作要点。", null))).isFalse();
		assertThat(IntentCues.holdsAskedValue("谁负责？", clause("无数字", null))).isTrue();
	}

	@Test
	void aQuestionForMoneyNeedsAnAmountNotJustAnyNumber() {
		assertThat(IntentCues.holdsAskedValue("养老补贴每月能领多少？", clause("经办机构应当在10个工作日内办理完毕。", null))).isFalse();
		assertThat(IntentCues.holdsAskedValue("养老补贴每月能领多少？", clause("高龄津贴每人每月200元。", null))).isTrue();
		assertThat(IntentCues.holdsAskedValue("查档案要交多少钱？", clause("查阅档案不收费。", null))).isTrue();
	}

	@Test
	void aQuestionForATelephoneNumberNeedsOne() {
		assertThat(IntentCues.holdsAskedValue("社保中心的电话是多少？", clause("由社保中心负责办理。", null))).isFalse();
		assertThat(IntentCues.holdsAskedValue("社保中心的电话是多少？", clause("咨询电话：0431-88881234。", null))).isTrue();
		assertThat(IntentCues.holdsAskedValue("投诉打什么电话", clause("拨打12345热线反映。", null))).isTrue();
		assertThat(IntentCues.holdsAskedValue("爱心服务热线是多少？", clause("24小时爱心服务热线：86839110。", null))).isTrue();
		assertThat(IntentCues.holdsAskedValue("爱心服务热线是多少？", clause("2020年3月起开通服务热线。", null))).isFalse();
	}

	@Test
	void phoneAsTheMeansAndEmailAddressesAreExactValuesToo() {
		assertThat(IntentCues.asksExactValue("怎样电话咨询复工政策？")).isTrue();
		assertThat(IntentCues.holdsAskedValue("怎样电话咨询复工政策？", clause("咨询热线：0431-88881234。", null))).isTrue();
		assertThat(IntentCues.holdsAskedValue("怎样电话咨询复工政策？", clause("企业可以咨询有关部门。", null))).isFalse();
		assertThat(IntentCues.holdsAskedValue("举报线索发到哪个邮箱？", clause("邮箱：report@qingshan.gov.cn。", null))).isTrue();
		assertThat(IntentCues.holdsAskedValue("举报线索发到哪个邮箱？", clause("电话：12345。", null))).isFalse();
		// The phone number as the subject of a deadline question asks for no number.
		assertThat(IntentCues.asksExactValue("单位换了联系电话，多长时间内要更新？")).isFalse();
	}

	@Test
	void deadlineAndResponsibleColumnsFitTheirQuestions() {
		assertThat(IntentCues.fits(clause("公开信息。", "2024年底前"), Intent.DEADLINE)).isTrue();
		assertThat(IntentCues.fits(clause("公开信息。", null), Intent.DEADLINE)).isFalse();
		assertThat(IntentCues.fits(clause("由区政务局牵头落实。", null), Intent.RESPONSIBLE)).isTrue();
		assertThat(IntentCues.fits(clause("由市政府办公室信息科编印。", null), Intent.RESPONSIBLE)).isTrue();
		// A unit's character inside another word ("办理", "网站") names no unit.
		assertThat(IntentCues.fits(clause("在网站上办理，落实到位。", null), Intent.RESPONSIBLE)).isFalse();
		assertThat(IntentCues.fits(clause("包括预算、决算、政府采购等信息。", null), Intent.LIST)).isTrue();
	}

	private static Candidate clause(String text, String deadline) {
		return Candidate.of("doc", 0, "某某市2024年工作要点", "某某市", 2024, List.of("某某市2024年工作要点", "（一）"), text,
				new ClauseColumns(null, deadline, null));
	}

}
