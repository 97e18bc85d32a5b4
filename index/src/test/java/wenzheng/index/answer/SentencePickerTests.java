package wenzheng.index.answer;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction of the passage that answers from a long clause.
 */
class SentencePickerTests {

	private static final String CLAUSE = "加强政府网站建设，完善栏目设置。政府网站栏目更新周期不超过14天，杜绝空白栏目。"
			+ "政务新媒体要定期发布信息，原则上每周不少于3条。加强安全防护，确保平稳运行。";

	private final SentencePicker picker = new SentencePicker();

	@Test
	void picksTheSentenceWithTheQuestionsWordsAndStartsAtItsBeginning() {
		String passage = this.picker.pick(CLAUSE, concepts("栏目", "更新"), Intent.QUANTITY);
		assertThat(passage).startsWith("政府网站栏目更新周期不超过14天");
	}

	@Test
	void prefersThePassageWithTheKindOfFactAsked() {
		String passage = this.picker.pick(CLAUSE, concepts("政务新媒体", "发布"), Intent.QUANTITY);
		assertThat(passage).contains("每周不少于3条");
	}

	@Test
	void aSentenceTooLongToShowWholeKeepsWhatFollowsTheQuestionsWordsRatherThanItsOpening() {
		String opening = "健全完善申请登记、审核、办理、答复、归档制度，确保答复书要素齐全，答复时限不超过规定，加强与申请人的沟通联系，".repeat(2);
		String clause = opening + "凡涉及复议诉讼案件，要及时向同级主管部门报备。其他事项另行规定。";
		String passage = this.picker.pick(clause, concepts("复议", "诉讼", "案件"), Intent.GENERAL, AskedValue.NONE,
				StatedFigures.NONE, 120);
		assertThat(passage).contains("凡涉及复议诉讼案件，要及时向同级主管部门报备");
		assertThat(this.picker.pick("各部门要及时公开。凡涉及复议诉讼案件，要及时向同级主管部门报备。", concepts("复议", "案件"), Intent.GENERAL,
				AskedValue.NONE, StatedFigures.NONE, 120))
			.isEqualTo("凡涉及复议诉讼案件，要及时向同级主管部门报备。");
	}

	@Test
	void aWordCutFromALongerOneCountsOnlyWhereTheClauseWritesTheWhole() {
		String clause = "健全申请登记、审核、办理、答复制度，妥善处理涉及依申请的投诉举报，加强与申请人的沟通。" + "政府部门收取信息处理费前，要报本地政府信息公开工作主管部门核准。";
		List<Concept> asked = List.of(new Concept("申请", Set.of("申请"), 3.0), new Concept("收", Set.of("收"), 1.0),
				new Concept("处理", Set.of("处理"), 3.0), new Concept("费", Set.of("费"), 1.0));
		String passage = this.picker.pick(clause, asked, Intent.GENERAL, AskedValue.NONE, StatedFigures.NONE, 50);
		assertThat(passage).contains("主管部门核准");
		assertThat(SentencePicker.joinedWords("未完成梳理的领域；已经梳理完成的领域", concepts("梳理", "完"))).as("a verb's complement")
			.containsOnlyNulls();
	}

	@Test
	void aNoticesClosingSignatureIsNoAnswerThoughItNamesTheBodyAsked() {
		String clause = "八、强化部门协同配合。各地农业农村部门要加强农村疫情防控宣传，组织村组干部开展排查。 " + "国务院应对新型冠状病毒感染肺炎疫情联防联控机制 2020年2月12日。";
		String passage = this.picker.pick(clause, concepts("国务院", "联防联控机制", "农村"), Intent.GENERAL);
		assertThat(passage).contains("加强农村疫情防控宣传").doesNotContain("2020年2月12日");
	}

	@Test
	void ofParallelConditionsThePassageIsTheOneTheCitizensFigureMeets() {
		String article = "劳动合同期限三个月以上不满一年的，试用期不得超过一个月；劳动合同期限一年以上不满三年的，试用期不得超过二个月；"
				+ "三年以上固定期限和无固定期限的劳动合同，试用期不得超过六个月。劳动合同仅约定试用期的，试用期不成立，该期限为劳动合同期限。";
		List<Concept> asked = concepts("劳动合同", "试用期", "约定");
		StatedFigures twoYears = StatedFigures.of("两年期的劳动合同，试用期依法最长能约定多久？");
		assertThat(this.picker.pick(article, asked, Intent.DEADLINE, AskedValue.NONE, twoYears, 60))
			.startsWith("劳动合同期限一年以上不满三年的，试用期不得超过二个月");
		assertThat(this.picker.pick(article, asked, Intent.DEADLINE, AskedValue.NONE, StatedFigures.NONE, 60))
			.startsWith("劳动合同仅约定试用期的");
	}

	@Test
	void theCitizensFigureDrawsThePassageAsMuchWhenWordsWeighMoreInALargeBase() {
		String article = "劳动合同期限一年以上不满三年的，试用期不得超过二个月。" + "以完成一定工作任务为期限的劳动合同或者劳动合同期限不满三个月的，不得约定试用期。";
		List<Concept> asked = List.of(new Concept("劳动合同", Set.of("劳动合同"), 4.0), new Concept("试用期", Set.of("试用期"), 7.0),
				new Concept("约定", Set.of("约定"), 5.0));
		StatedFigures twoYears = StatedFigures.of("两年期的劳动合同，试用期依法最长能约定多久？");
		assertThat(this.picker.pick(article, asked, Intent.DEADLINE, AskedValue.NONE, twoYears, 40))
			.isEqualTo("劳动合同期限一年以上不满三年的，试用期不得超过二个月。");
		assertThat(this.picker.pick(article, asked, Intent.DEADLINE, AskedValue.NONE, StatedFigures.NONE, 40))
			.as("without the figure, the sentence holding every word")
			.startsWith("以完成一定工作任务");
	}

	@Test
	void aPassageLackingTheAskedValueIsShownWithTheSentenceOfTheClauseThatHoldsIt() {
		String article = "停工留薪期一般不超过12个月。工伤职工在停工留薪期满后仍需治疗的，继续享受工伤医疗待遇。";
		List<Concept> asked = List.of(new Concept("工伤", Set.of("工伤"), 3.0), new Concept("停工留薪期", Set.of("停工留薪期"), 3.0),
				new Concept("治疗", Set.of("治疗"), 3.0));
		AskedValue howLong = AskedValue.of("受了工伤停工治疗的停工留薪期最长多久？");
		assertThat(this.picker.pick(article, asked, Intent.DEADLINE, howLong, StatedFigures.NONE, 150))
			.isEqualTo("停工留薪期一般不超过12个月。 工伤职工在停工留薪期满后仍需治疗的，继续享受工伤医疗待遇。");
		assertThat(this.picker.pick(article, asked, Intent.DEADLINE, AskedValue.NONE, StatedFigures.NONE, 150))
			.isEqualTo("工伤职工在停工留薪期满后仍需治疗的，继续享受工伤医疗待遇。");
		assertThat(this.picker.pick(article, asked, Intent.DEADLINE, howLong, StatedFigures.NONE, 40))
			.as("both do not fit")
			.isEqualTo("工伤职工在停工留薪期满后仍需治疗的，继续享受工伤医疗待遇。");
	}

	@Test
	void aYesOrNoQuestionIsAnsweredByTheSentenceThatSaysItsWordIsNotDone() {
		String clause = "将政策解读作为文件审签的重要一环，解读材料同步组织、同步审签。政策文件不解读不运转，对解读材料严格把关。";
		List<Concept> asked = new java.util.ArrayList<>(concepts("政策", "文件", "解读", "材料"));
		asked.add(new Concept("审签", Set.of("审签"), 1.0));
		assertThat(this.picker.pick(clause, asked, Intent.GENERAL, AskedValue.of("没配解读材料，还能往下走流程吗？"),
				StatedFigures.NONE, 150))
			.startsWith("政策文件不解读不运转");
		assertThat(this.picker.pick(clause, asked, Intent.GENERAL, AskedValue.NONE, StatedFigures.NONE, 150))
			.as("without a yes/no question the sentence holding more of the words stays")
			.startsWith("将政策解读");
		assertThat(SentencePicker.negatesAConcept("地市级以下政府不再开展政务公开第三方评估", concepts("评估", "政务"))).isTrue();
		assertThat(SentencePicker.negatesAConcept("要开展政务公开第三方评估", concepts("评估"))).isFalse();
	}

	@Test
	void staysShortEnoughForAPhoneAndEndsCleanly() {
		String passage = this.picker.pick("各部门要".repeat(100) + "。", concepts("部门"), Intent.GENERAL);
		assertThat(passage.length()).isLessThanOrEqualTo(SentencePicker.MAX_LENGTH + 1);
		assertThat(this.picker.pick("第一句，第二句：", concepts("第一句"), Intent.GENERAL)).endsWith("。");
	}

	@Test
	void aListItemOrALabelledPartStartsANewStatementWithoutAFullStop() {
		String clause = "【政策依据】 《某某局关于支持复工的公告》（2020年第1号） 3.小微企业免收房租 【享受主体】 承租国有房屋的小微企业 "
				+ "【优惠内容】 自2020年2月起免收3个月房租，之后3个月减半收取。";
		String passage = this.picker.pick(clause, concepts("小微企业", "房租"), Intent.QUANTITY);
		assertThat(passage).doesNotContain("政策依据").contains("免收3个月房租");
	}

	@Test
	void aNewsTextsOpeningHeadlineIsLeftToTheCitation() {
		String title = "青山区延长社保缴费期限";
		Candidate news = Candidate.of("news", 0, title, null, null, List.of(title),
				title + " 记者从区人社局获悉，受影响企业的社保缴费期限延长至6月30日。", ClauseColumns.NONE);
		String reply = new AnswerComposer().compose(news, concepts("青山区", "社保", "缴费期限"), Intent.GENERAL,
				AskedValue.NONE, StatedFigures.NONE);
		assertThat(reply).startsWith("记者从区人社局获悉，受影响企业的社保缴费期限延长至6月30日。").contains("来源：《" + title + "》");

		Candidate item = Candidate.of("plan", 0, "工作要点", null, null, List.of("工作要点", "27.建立咨询机制"), "建立咨询机制，精准推送政策。",
				ClauseColumns.NONE);
		assertThat(new AnswerComposer().compose(item, concepts("咨询机制"), Intent.GENERAL, AskedValue.NONE,
				StatedFigures.NONE))
			.startsWith("建立咨询机制，精准推送政策。");
		Candidate headlineOnly = Candidate.of("short", 0, title, null, null, List.of(title), title + " ",
				ClauseColumns.NONE);
		assertThat(new AnswerComposer().compose(headlineOnly, concepts("社保"), Intent.GENERAL, AskedValue.NONE,
				StatedFigures.NONE))
			.startsWith(title);
	}

	@Test
	void headingWordsWeighLessThanTheWordsThatTellSentencesApart() {
		Candidate news = Candidate.of("news", 0, "青山区延长社保缴费期限", null, null, List.of("青山区延长社保缴费期限"),
				"青山区延长社保缴费期限，企业可申请。具体办法是，受影响企业的缴费期限延长至6月30日，期间不收滞纳金。", ClauseColumns.NONE);
		String reply = new AnswerComposer().compose(news,
				List.of(new Concept("社保", Set.of("社保"), 2.0), new Concept("缴费期限", Set.of("缴费期限"), 2.0),
						new Concept("企业", Set.of("企业"), 1.0), new Concept("延长至", Set.of("延长至"), 1.5)),
				Intent.GENERAL, AskedValue.NONE, StatedFigures.NONE);
		assertThat(reply).startsWith("具体办法是，受影响企业的缴费期限延长至6月30日");
	}

	@Test
	void aQuestionAskingTwoThingsGetsTheSentenceForEachInTextOrder() {
		String clause = "办理开户需携带身份证原件和复印件。营业时间为工作日上午九点至下午五点。办理地点在市民中心二楼三号窗口。";
		List<Concept> asked = List.of(new Concept("开户", Set.of("开户"), 3.0), new Concept("证件", Set.of("身份证"), 2.5),
				new Concept("窗口", Set.of("窗口"), 5.0));
		assertThat(this.picker.pick(clause, asked, Intent.PLACE)).isEqualTo("办理开户需携带身份证原件和复印件。 办理地点在市民中心二楼三号窗口。");
		List<Concept> windowFirst = List.of(new Concept("窗口", Set.of("窗口"), 6.0),
				new Concept("证件", Set.of("身份证"), 5.0));
		assertThat(this.picker.pick(clause, windowFirst, Intent.PLACE)).isEqualTo("办理开户需携带身份证原件和复印件。 办理地点在市民中心二楼三号窗口。");
	}

	@Test
	void aSecondSentenceAddingLittleIsNotShownAndTheTextContinuesInstead() {
		String clause = "办理开户需携带身份证原件和复印件。营业时间为工作日上午九点至下午五点。办理地点在市民中心二楼三号窗口。";
		List<Concept> asked = List.of(new Concept("开户", Set.of("开户"), 3.0), new Concept("证件", Set.of("身份证"), 2.5),
				new Concept("窗口", Set.of("窗口"), 2.0));
		assertThat(this.picker.pick(clause, asked, Intent.GENERAL, AskedValue.NONE, StatedFigures.NONE, 40))
			.isEqualTo("办理开户需携带身份证原件和复印件。营业时间为工作日上午九点至下午五点。");
	}

	private static List<Concept> concepts(String... words) {
		return java.util.Arrays.stream(words).map(word -> new Concept(word, Set.of(word), 2.0)).toList();
	}

	@Test
	void aPassageHoldingTheAskedKindOfValueWinsAmongPassagesOnTheSubject() {
		String clause = "试用期的工资不得低于本单位相同岗位最低档工资。劳动合同期限一年以上不满三年的，试用期不得超过二个月。" + "试用期包含在劳动合同期限内，劳动合同仅约定试用期的，试用期不成立。";
		List<Concept> asked = List.of(new Concept("试用期", Set.of("试用期"), 3.0), new Concept("劳动合同", Set.of("劳动合同"), 1.0));
		assertThat(
				this.picker.pick(clause, asked, Intent.QUANTITY, AskedValue.of("试用期最长能约定几个月？"), StatedFigures.NONE, 60))
			.startsWith("劳动合同期限一年以上不满三年的，试用期不得超过二个月。");
		assertThat(this.picker.pick(clause, asked, Intent.GENERAL, AskedValue.NONE, StatedFigures.NONE, 60))
			.startsWith("试用期包含在劳动合同期限内");
	}

}
