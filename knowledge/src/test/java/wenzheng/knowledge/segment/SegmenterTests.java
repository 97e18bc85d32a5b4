package wenzheng.knowledge.segment;

import java.util.List;

import org.junit.jupiter.api.Test;

import wenzheng.knowledge.clause.Clause;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Segmentation of prose notices, regulations and hostile input.
 */
class SegmenterTests {

	private final Segmenter segmenter = new Segmenter();

	@Test
	void splitsRegulationArticlesUnderMarkdownChapters() {
		String text = """
				# 某某市物业管理条例

				2020年5月1日 某某市人民代表大会常务委员会通过

				<!-- INFO END -->

				## 第一章 总 则

				第一条 为了规范物业管理活动，制定本条例。

				第二条 本条例适用于本市行政区域内的物业管理。

				## 第二章 业主

				第三条 业主享有下列权利：
				（一）按照物业服务合同的约定，接受物业服务企业提供的服务；
				（二）提议召开业主大会会议。

				第三条之一 业主大会会议可以采用书面征求意见的形式。
				""";
		List<Clause> clauses = this.segmenter.segment("law", "某某市物业管理条例", text);
		assertThat(clauses).extracting(Clause::number).contains("第一条", "第二条", "第三条");
		Clause second = clauses.stream().filter(clause -> clause.number().equals("第二条")).findFirst().orElseThrow();
		assertThat(second.headingPath()).containsExactly("某某市物业管理条例", "第一章 总 则", "第二条 本条例适用于本市行政区域内的物业管理");
		assertThat(second.text()).isEqualTo("本条例适用于本市行政区域内的物业管理。");
		Clause third = clauses.stream().filter(clause -> clause.number().equals("第三条")).findFirst().orElseThrow();
		assertThat(third.headingPath()).contains("第二章 业主");
		assertThat(third.text()).contains("（一）按照物业服务合同的约定").contains("（二）提议召开业主大会会议");
		assertThat(clauses).extracting(Clause::number).containsExactly("第一条", "第二条", "第三条", "第三条之一");
	}

	@Test
	void breaksOneLineNoticesAtTheirInlineItems() {
		String text = "关于支持企业复工复产的通知 各区人民政府：为支持企业复工复产，现通知如下。 一、减免房租 对承租国有房屋的中小企业，免收2月份房租。"
				+ "二、延期缴纳社会保险费 受疫情影响的企业可延期缴纳社会保险费，期限原则上不超过6个月。 三、加大金融支持 鼓励银行对受影响企业不抽贷、不断贷。";
		List<Clause> clauses = this.segmenter.segment("notice", "关于支持企业复工复产的通知", text);
		assertThat(clauses).extracting(Clause::number).containsSubsequence("一、", "二、", "三、");
		Clause social = clauses.stream().filter(clause -> clause.number().equals("二、")).findFirst().orElseThrow();
		assertThat(social.text()).startsWith("延期缴纳社会保险费").contains("不超过6个月");
	}

	@Test
	void rejoinsWordsThatANarrowTableCellWrapped() {
		String text = """
				序号

				工作任务

				责任单位

				时限要求

				1

				公示栏信息要及时更新，更新情况报镇政府。

				各村按照职能分别落

				实

				变更后5个工

				作日内完成更新
				""";
		List<Clause> clauses = this.segmenter.segment("table", "青山镇公开任务表", text);
		assertThat(clauses).singleElement().satisfies(clause -> {
			assertThat(clause.columns().responsible()).isEqualTo("各村按照职能分别落实");
			assertThat(clause.columns().deadline()).isEqualTo("变更后5个工作日内完成更新");
		});
	}

	@Test
	void keepsAUnitCellBrokenAfterAPartyOrgansNameInItsColumn() {
		String text = """
				序号

				工作任务

				责任单位

				时限要求

				1

				开展业务培训，重点解决公开意识不强等实际问题。

				区政府办、区委组织部、区

				委党校、区司法局牵头，各

				相关部门按照职能分别落实

				2023年11月20日前
				""";
		List<Clause> clauses = this.segmenter.segment("table", "青山区公开任务表", text);
		assertThat(clauses).singleElement().satisfies(clause -> {
			assertThat(clause.text()).isEqualTo("开展业务培训，重点解决公开意识不强等实际问题。");
			assertThat(clause.columns().responsible()).startsWith("区政府办、区委组织部、区委党校、区司法局牵头");
		});
	}

	@Test
	void cutsVeryLongParagraphsIntoReadableParts() {
		String sentence = "各部门要按照要求做好政府信息公开工作。";
		String text = sentence.repeat(200);
		List<Clause> clauses = this.segmenter.segment("long", "长文", text);
		assertThat(clauses).hasSizeGreaterThan(5);
		assertThat(clauses).allMatch(clause -> clause.text().length() <= 600);
		assertThat(String.join("", clauses.stream().map(Clause::text).toList())).isEqualTo(text);
	}

	@Test
	void survivesInputWithoutStructure() {
		assertThat(this.segmenter.segment("empty", "", "")).isEmpty();
		assertThat(this.segmenter.segment("blank", null, " \n\t\n")).isEmpty();
		String noPunctuation = "字".repeat(100_000);
		List<Clause> clauses = this.segmenter.segment("run-on", "无标点", noPunctuation);
		assertThat(clauses).allMatch(clause -> clause.text().length() <= 600);
		assertThat(clauses.stream().mapToInt(clause -> clause.text().length()).sum()).isEqualTo(100_000);
		String surrogates = "😀".repeat(1000);
		assertThat(this.segmenter.segment("emoji", "", surrogates))
			.allMatch(clause -> !Character.isHighSurrogate(clause.text().charAt(clause.text().length() - 1)));
	}

}
