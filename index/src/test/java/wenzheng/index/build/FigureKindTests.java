package wenzheng.index.build;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static wenzheng.index.build.FigureKind.AGE;
import static wenzheng.index.build.FigureKind.AMOUNT;
import static wenzheng.index.build.FigureKind.CLASSIFICATION;
import static wenzheng.index.build.FigureKind.CLOCK;
import static wenzheng.index.build.FigureKind.DISTANCE;
import static wenzheng.index.build.FigureKind.DURATION;

/**
 * The kinds of figure a text states and a question asks for.
 */
class FigureKindTests {

	@Test
	void aTextStatesTheKindsOfItsFiguresWithTheirUnits() {
		assertThat(FigureKind.statedIn("男不得早于二十二周岁，女不得早于20岁")).containsExactly(AGE);
		assertThat(FigureKind.statedIn("劳动者提前三十日以书面形式通知用人单位")).containsExactly(DURATION);
		assertThat(FigureKind.statedIn("试用期不得超过六个月，工作满1年的")).containsExactly(DURATION);
		assertThat(FigureKind.statedIn("自欠缴之日起按日加收万分之五的滞纳金")).containsExactly(AMOUNT);
		assertThat(FigureKind.statedIn("支付不低于工资的百分之一百五十的工资报酬，赔偿二倍，罚款1000元")).containsExactly(AMOUNT);
		assertThat(FigureKind.statedIn("最高时速不得超过120公里，在来车方向50米至100米处设置警告标志")).containsExactly(DISTANCE);
		assertThat(FigureKind.statedIn("每日二十二时至次日八时不得提供网络游戏服务")).containsExactly(CLOCK);
	}

	@Test
	void datesAndWordsWithoutANumberStateNoFigure() {
		assertThat(FigureKind.statedIn("2021年11月20日前完成，二〇二二年继续推进")).isEmpty();
		assertThat(FigureKind.statedIn("及时公开重点领域信息，时间节点另行通知")).isEmpty();
		assertThat(FigureKind.statedIn("按照平方米计算，重点做好宣传")).isEmpty();
	}

	@Test
	void aDefinitionOrAClassificationIsStatedWithoutAFigure() {
		assertThat(FigureKind.statedIn("本法所称老年人是指六十周岁以上的公民。")).containsExactly(AGE, CLASSIFICATION);
		assertThat(FigureKind.statedIn("当事人未采用书面形式，无法确定租赁期限的，视为不定期租赁。")).containsExactly(CLASSIFICATION);
		assertThat(FigureKind.statedIn("在上下班途中，受到非本人主要责任的交通事故伤害的，应当认定为工伤")).containsExactly(CLASSIFICATION);
		assertThat(FigureKind.statedIn("职工因工作遭受事故伤害的，应当享受工伤保险待遇。")).isEmpty();
	}

	@Test
	void aQuestionWhatSomethingCountsAsAsksForAClassification() {
		assertThat(FigureKind.askedIn("出差途中遇到车祸，这还能算工伤吗？")).containsExactly(CLASSIFICATION);
		assertThat(FigureKind.askedIn("口头说好的转租算什么租赁？")).containsExactly(CLASSIFICATION);
		assertThat(FigureKind.askedIn("网约车司机属于什么用工关系？")).containsExactly(CLASSIFICATION);
		assertThat(FigureKind.askedIn("法律上几周岁才算成年人？")).containsExactly(AGE, CLASSIFICATION);
		assertThat(FigureKind.askedIn("什么是政务公开？")).containsExactly(CLASSIFICATION);
		assertThat(FigureKind.askedIn("是不是贴在公告栏上就算告知了？"))
			.as("a condition that suffices is asked about, not what a thing counts as")
			.isEmpty();
	}

	@Test
	void aLongRunOfNumeralsIsReadOnceFromItsStart() {
		// Tried from every digit, the run would take minutes: an uploaded table or a
		// broken file can hold one.
		assertThat(FigureKind.statedIn("1".repeat(100_000))).isEmpty();
		assertThat(FigureKind.statedIn("一".repeat(100_000) + "x")).isEmpty();
		assertThat(FigureKind.statedIn("1".repeat(100_000) + "日")).containsExactly(DURATION);
		assertThat(FigureKind.statedIn("增长3.5倍")).containsExactly(AMOUNT);
	}

	@Test
	void aQuestionAsksForTheKindOfFigureItsWordsCallFor() {
		assertThat(FigureKind.askedIn("男的多大才能去领结婚证？")).containsExactly(AGE);
		assertThat(FigureKind.askedIn("孩子满几周岁就该上小学了？")).containsExactly(AGE);
		assertThat(FigureKind.askedIn("辞职得提前多长时间跟单位说？")).containsExactly(DURATION);
		assertThat(FigureKind.askedIn("租房合同最长能签多少年？")).containsExactly(DURATION);
		assertThat(FigureKind.askedIn("加班费最少应该按工资的多少来发？")).containsExactly(AMOUNT);
		assertThat(FigureKind.askedIn("赔偿金是经济补偿的几倍？")).containsExactly(AMOUNT);
		assertThat(FigureKind.askedIn("高速公路上最高时速是多少？")).containsExactly(DISTANCE);
		assertThat(FigureKind.askedIn("晚上几点以后不能玩游戏？")).containsExactly(CLOCK);
	}

	@Test
	void aQuestionAskingForNoFigureAsksForNoKind() {
		assertThat(FigureKind.askedIn("孩子上几年级可以住校？")).isEmpty();
		assertThat(FigureKind.askedIn("政务公开工作几月份开始？")).isEmpty();
		assertThat(FigureKind.askedIn("审批速度能不能快一点？距离截止还有几天？")).containsExactly(DURATION);
		assertThat(FigureKind.askedIn("材料几时能办好？")).isEmpty();
	}

}
