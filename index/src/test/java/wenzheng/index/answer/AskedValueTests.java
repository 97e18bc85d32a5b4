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
		assertThat(AskedValue.of("谁负责？").heldBy(clause("由区民政局负责。", null))).isTrue();
	}

	@Test
	void aQuestionForMoneyNeedsAnAmountNotJustAnyNumber() {
		assertThat(AskedValue.of("养老补贴每月能领多少？").heldBy(clause("经办机构应当在10个工作日内办理完毕。", null))).isFalse();
		assertThat(AskedValue.of("养老补贴每月能领多少？").heldBy(clause("高龄津贴每人每月200元。", null))).isTrue();
		assertThat(AskedValue.of("查档案要交多少钱？").heldBy(clause("查阅档案不收费。", null))).isTrue();
		assertThat(AskedValue.of("全市一共安排了多少工作经费？").heldBy(clause("各单位要在年度预算中安排工作经费。", null))).isFalse();
		assertThat(AskedValue.of("全市一共安排了多少工作经费？").heldBy(clause("全年安排工作经费120万元。", null))).isTrue();
	}

	@Test
	void aQuestionForALengthOfTimeIsAnsweredByOneAndAnAgeByAnAge() {
		AskedValue howLong = AskedValue.of("试用期最长能约定多久？");
		assertThat(howLong.heldBy(clause("劳动合同期限一年以上不满三年的，试用期不得超过二个月。", null))).isTrue();
		assertThat(howLong.heldBy(clause("同一用人单位与同一劳动者只能约定一次试用期。", null))).isFalse();
		AskedValue when = AskedValue.of("什么时候公开？");
		assertThat(when.heldBy(clause("实施三年行动计划。", null))).as("a length answers how long, not when").isFalse();
		AskedValue age = AskedValue.of("孩子满几周岁上小学？");
		assertThat(age.kind()).isEqualTo(AskedValue.Kind.AGE);
		assertThat(age.exact()).isTrue();
		assertThat(age.heldBy(clause("凡年满六周岁的儿童，其父母应当送其入学。", null))).isTrue();
		assertThat(age.heldBy(clause("义务教育学制为九年。", null))).isFalse();
		AskedValue clock = AskedValue.of("晚上几点以后不能给未成年人提供游戏服务？");
		assertThat(clock.exact()).isTrue();
		assertThat(clock.heldBy(clause("每日二十二时至次日八时，不得为未成年人提供网络游戏服务。", null))).isTrue();
		assertThat(clock.heldBy(clause("应当严格限制未成年人使用时间。", null))).isFalse();
		AskedValue speed = AskedValue.of("高速公路上最高能开到多少时速？");
		assertThat(speed.heldBy(clause("最高车速不得超过每小时120公里。", null))).isTrue();
		assertThat(speed.heldBy(clause("高速公路应当标明车道的行驶速度。", null))).isFalse();
	}

	@Test
	void aQuestionWhatSomethingCountsAsIsAnsweredByAClassification() {
		AskedValue countsAs = AskedValue.of("出差途中遇到车祸，这还能算工伤吗？");
		assertThat(countsAs.kind()).isEqualTo(AskedValue.Kind.CLASSIFICATION);
		assertThat(countsAs.heldBy(clause("在上下班途中，受到非本人主要责任的交通事故伤害的，应当认定为工伤。", null))).isTrue();
		assertThat(countsAs.heldBy(clause("职工因工作遭受事故伤害的，应当享受工伤保险待遇。", null))).isFalse();
		assertThat(AskedValue.of("口头约定的租房属于什么租赁？").heldBy(clause("无法确定租赁期限的，视为不定期租赁。", null))).isTrue();
		assertThat(AskedValue.of("“两个维护”具体指什么？").kind())
			.as("what a slogan means is explained in any words, not only by a definition")
			.isNotEqualTo(AskedValue.Kind.CLASSIFICATION);
	}

	@Test
	void aYesOrNoQuestionNamingAProcedureAsksForARuleNotItsSteps() {
		assertThat(AskedValue.of("没配解读材料，还能往下走审签流程吗？").kind()).isEqualTo(AskedValue.Kind.RULE);
		assertThat(AskedValue.of("是不是就不用照那套决策程序走了？").kind()).isEqualTo(AskedValue.Kind.RULE);
		assertThat(AskedValue.of("换人得办什么手续吗？").kind()).as("\"什么手续\" asks for the steps")
			.isEqualTo(AskedValue.Kind.STEPS);
		assertThat(AskedValue.of("办理流程是怎样的？").kind()).isEqualTo(AskedValue.Kind.STEPS);
	}

	@Test
	void aFineAnswersOnlyAQuestionAboutFines() {
		Candidate fine = clause("申请人在考试中舞弊的，处二千元以下罚款；对违法所得，处五百元以上二千元以下罚款，但最高不超过十万元。", null);
		assertThat(AskedValue.of("考驾照的考试费是多少钱？").heldBy(fine)).isFalse();
		assertThat(AskedValue.of("考试作弊要罚多少钱？").heldBy(fine)).isTrue();
		assertThat(AskedValue.of("考试费是多少钱？").heldBy(clause("每科考试费50元，罚款另计。", null))).isTrue();
	}

	@Test
	void aQuestionForPapersNeedsThePapersNamed() {
		AskedValue papers = AskedValue.of("网上申请时需要上传哪些身份证明材料？");
		assertThat(papers.kind()).isEqualTo(AskedValue.Kind.PAPERS);
		assertThat(papers.heldBy(clause("通过政务大厅、档案馆、网络平台提交信息公开申请。", null))).isFalse();
		assertThat(papers.heldBy(clause("申请人应当提交身份证复印件和户口簿。", null))).isTrue();
		assertThat(AskedValue.of("需要带什么证件？").kind()).isEqualTo(AskedValue.Kind.PAPERS);
		AskedValue registration = AskedValue.of("账号怎么注册备案，要交哪些材料？");
		assertThat(registration.heldBy(clause("落实账号备案制度。广泛征求意见，按时发布年度报告。", null))).as("papers named but not handed in")
			.isFalse();
		assertThat(registration.heldBy(clause("申请备案应当出具下列证件：（一）身份证；（二）营业执照。", null))).isTrue();
		assertThat(AskedValue.of("发文时还得同时报送啥材料？").heldBy(clause("发文的，须同步报送政策解读稿件。", null))).isTrue();
	}

	@Test
	void aQuestionForATelephoneNumberNeedsOne() {
		assertThat(AskedValue.of("社保中心的电话是多少？").heldBy(clause("由社保中心负责办理。", null))).isFalse();
		assertThat(AskedValue.of("社保中心的电话是多少？").heldBy(clause("咨询电话：0431-88881234。", null))).isTrue();
		assertThat(AskedValue.of("投诉打什么电话").heldBy(clause("拨打12345热线反映。", null))).isTrue();
		assertThat(AskedValue.of("爱心服务热线是多少？").heldBy(clause("24小时爱心服务热线：86839110。", null))).isTrue();
		assertThat(AskedValue.of("爱心服务热线是多少？").heldBy(clause("2020年3月起开通服务热线。", null))).isFalse();
		AskedValue whichHotline = AskedValue.of("想问生育政策，应该打哪个热线？");
		assertThat(whichHotline.heldBy(clause("提高政务服务便民热线的咨询服务水平。", null))).isFalse();
		assertThat(whichHotline.heldBy(clause("依托12345政务服务便民热线解答咨询。", null))).isTrue();
	}

	@Test
	void anOfficesTelephoneIsNoHotlinesNumber() {
		AskedValue office = AskedValue.of("政务公开办电话多少");
		assertThat(office.heldBy(clause("提高12345和各单位政务服务便民热线电话的服务水平。", null))).isFalse();
		assertThat(office.heldBy(clause("区政务公开办，联系电话：0436-3221234。", null))).isTrue();
		assertThat(AskedValue.of("办公室负责政务公开的联系电话是多少？").heldBy(clause("依托12345政务服务便民热线提供全天候服务。", null))).isFalse();
		assertThat(AskedValue.of("政务服务热线电话是多少？").heldBy(clause("依托12345政务服务便民热线提供全天候服务。", null))).isTrue();
	}

	@Test
	void howAFigureWasSetIsNotAnsweredByTheFigureAgain() {
		AskedValue origin = AskedValue.of("这个14天是依据什么定的？");
		assertThat(origin.exact()).isTrue();
		assertThat(origin.heldBy(clause("栏目更新内容一般不超过14天，根据上级要求动态调整。", null))).isFalse();
		assertThat(origin.heldBy(clause("鉴于群众查询需求，栏目更新一般不超过14天。", null))).isTrue();
		assertThat(AskedValue.of("为什么把权重定为不低于百分之四？").kind()).isEqualTo(AskedValue.Kind.FIGURE_ORIGIN);
		assertThat(AskedValue.of("为什么要求工作人员不满一年不能换岗？").kind()).isNotEqualTo(AskedValue.Kind.FIGURE_ORIGIN);
	}

	@Test
	void aNumberAfterAnIssuersCodeIsADocumentNumber() {
		AskedValue number = AskedValue.of("方案是根据白城市哪个文件（白政公组办几号）定的？");
		assertThat(number.kind()).isEqualTo(AskedValue.Kind.DOCUMENT_NUMBER);
		assertThat(number.heldBy(clause("按照《分工的通知》（白政公组办〔2021〕7号）要求制定本方案。", null))).isTrue();
		assertThat(AskedValue.of("吉政办函哪一年第几号？").kind()).isEqualTo(AskedValue.Kind.DOCUMENT_NUMBER);
		assertThat(AskedValue.of("开放日是几号？").kind()).isEqualTo(AskedValue.Kind.DATE);
	}

	@Test
	void aWebAddressAskedNeedsOne() {
		AskedValue site = AskedValue.of("那个政策问答平台的网址是什么？");
		assertThat(site.exact()).isTrue();
		assertThat(site.heldBy(clause("建设统一的智能化政策问答平台。", null))).isFalse();
		assertThat(site.heldBy(clause("登录政策问答平台（www.example.gov.cn）提问。", null))).isTrue();
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

	@Test
	void aCalendarDateIsNoCount() {
		AskedValue days = AskedValue.of("申请材料交上去多少天内能办结？");
		assertThat(days.heldBy(clause("各单位要在9月底前完成清理。", null))).isFalse();
		assertThat(days.heldBy(clause("办结情况于10月15日前报送。", null))).isFalse();
		assertThat(days.heldBy(clause("按要求办结申请。", "2025年6月底前"))).isFalse();
		assertThat(days.heldBy(clause("自收到申请之日起15日内办结。", null))).isTrue();
		assertThat(AskedValue.of("整改要用几个月？").heldBy(clause("整改3个月内完成。", null))).isTrue();
		assertThat(AskedValue.of("整改要用几个月？").heldBy(clause("整改于12月完成。", null))).isFalse();
	}

	@Test
	void aCountIsInTheUnitAskedFor() {
		AskedValue workingDays = AskedValue.of("网上留言最多多少个工作日必须回复？");
		assertThat(workingDays.heldBy(clause("认真办理网民留言，严格执行办理时限。", null))).isFalse();
		assertThat(workingDays.heldBy(clause("认真办理网民留言，栏目内容一般不超过30天更新一次。", null))).isFalse();
		assertThat(workingDays.heldBy(clause("网民留言应在5个工作日内答复。", null))).isTrue();
		assertThat(AskedValue.of("一年开几次座谈会？").heldBy(clause("每季度召开一次座谈会。", null))).isTrue();
		assertThat(AskedValue.of("一年开几次座谈会？").heldBy(clause("定期召开座谈会。", null))).isFalse();
		assertThat(AskedValue.of("一年开几次座谈会？").exact()).isFalse();
		AskedValue fieldsAndMonth = AskedValue.of("自查自纠涉及多少个领域，几月底前完成？");
		assertThat(fieldsAndMonth.heldBy(clause("对已梳理完成的26个领域标准目录开展自查自纠工作，7月底前完成。", null))).isTrue();
		assertThat(AskedValue.of("试用期最长几个月？").heldBy(clause("试用期不得超过12月底。", null))).isFalse();
		AskedValue points = AskedValue.of("考核里网站建设这一项占多少分？");
		assertThat(points.heldBy(clause("网站建设情况在10个工作日内报送。", null))).isFalse();
		assertThat(points.heldBy(clause("网站建设（5分）：栏目设置规范。", null))).isTrue();
		assertThat(points.heldBy(clause("网站建设事项10分钟内办结。", null))).isFalse();
	}

	@Test
	void placesAskedForAreNamedOnlyByAListOfPlaces() {
		AskedValue places = AskedValue.of("宣传册具体放在哪几个地点可以领取？");
		assertThat(places.heldBy(clause("建立宣传册印制、审核、分发等工作机制。", null))).isFalse();
		assertThat(places.heldBy(clause("宣传册在区图书馆、文化馆、政务服务大厅免费发放。", null))).isTrue();
		assertThat(places.heldBy(clause("在各社区、各村设置领取点。", null))).isTrue();
		AskedValue address = AskedValue.of("这些查询点分别都在哪几处，地址在哪？");
		assertThat(address.heldBy(clause("查询点的设置、维护、更新由办公室负责。", null))).isFalse();
		AskedValue kinds = AskedValue.of("宣传册都有哪些内容？");
		assertThat(kinds.heldBy(clause("建立宣传册印制、审核、分发等工作机制。", null))).isTrue();
	}

	@Test
	void aConsequenceAskedIsAnsweredByASanctionOrALegalConsequence() {
		AskedValue failing = AskedValue.of("哪个处室政务公开一直落实不到位，会面临什么处理？");
		assertThat(failing.kind()).isEqualTo(AskedValue.Kind.CONSEQUENCE);
		assertThat(failing.heldBy(clause("建立健全主管处室和业务处室的协调联动机制。", null))).isFalse();
		assertThat(failing.heldBy(clause("对工作落实不到位的单位，公开通报批评并约谈主要负责人。", null))).isTrue();
		assertThat(AskedValue.of("公司不签劳动合同会怎样？").heldBy(clause("用人单位应当向劳动者每月支付二倍的工资。", null))).isTrue();
		assertThat(AskedValue.of("考核分下来以后，市里会咋处理？").kind()).isEqualTo(AskedValue.Kind.CONSEQUENCE);
		assertThat(AskedValue.of("哪个处室政务公开老是落实不到位，会被咋处理？").kind()).as("咋 asks too")
			.isEqualTo(AskedValue.Kind.CONSEQUENCE);
		assertThat(AskedValue.of("这种情况我们应该怎么处理？").kind()).as("how to handle a case").isEqualTo(AskedValue.Kind.STEPS);
		assertThat(AskedValue.of("发现发热员工应采取哪些处理措施？").kind()).isNotEqualTo(AskedValue.Kind.CONSEQUENCE);
		assertThat(AskedValue.of("网民的留言会经过哪些处理环节？").kind()).isNotEqualTo(AskedValue.Kind.CONSEQUENCE);
	}

	@Test
	void theMembersOfACountedSetAreNamedByAListOfAsMany() {
		AskedValue tasks = AskedValue.of("那168项重点工作任务分别是哪些？");
		assertThat(tasks.heldBy(clause("将168项重点工作任务纳入考核，以公开促落实、强监管。", null))).isFalse();
		assertThat(tasks.heldBy(clause("重点任务包括稳就业、保民生、促消费、扩投资等。", null))).isTrue();
		AskedValue units = AskedValue.of("这31个责任部门具体是哪些单位？");
		assertThat(units.heldBy(clause("31个责任部门要同谋划、同部署、同落实。", null))).isFalse();
		assertThat(units.heldBy(clause("责任部门：发改委、教育局、民政局、财政局、人社局。", null))).isTrue();
		assertThat(AskedValue.of("168项重点任务具体都有啥").kind()).isEqualTo(AskedValue.Kind.MEMBERS);
		assertThat(AskedValue.of("这3项任务的完成时限是什么？").kind()).isNotEqualTo(AskedValue.Kind.MEMBERS);
		AskedValue two = AskedValue.of("具体是哪两项？");
		assertThat(two.heldBy(clause("做到应公开尽公开、能公开尽公开。", null))).isTrue();
	}

	@Test
	void officesAskedForAreNamedOnlyByOffices() {
		AskedValue office = AskedValue.of("政府公报是哪个科室牵头编的？");
		assertThat(office.kind()).isEqualTo(AskedValue.Kind.UNIT);
		assertThat(office.heldBy(clause("按照国务院办公厅的通知要求，开办市政府公报。", null))).isFalse();
		assertThat(office.heldBy(clause("由市政府办公室信息科牵头开展政府公报编制工作。", null))).isTrue();
		assertThat(AskedValue.of("这项工作由啥处负责？").heldBy(clause("各处理环节要留痕。", null))).isFalse();
		AskedValue offices = AskedValue.of("饮用水信息归哪几个处室负责？");
		assertThat(offices.heldBy(clause("责任单位：市建委、市生态环境局。做好饮用水水源信息公开。", null))).isFalse();
		assertThat(offices.heldBy(clause("责任单位：办公室、质安处、供水处。做好饮用水水源信息公开。", null))).isTrue();
		AskedValue named = AskedValue.of("那项任务的责任处室是哪些？");
		assertThat(named.heldBy(clause("督促相关公共企事业单位研究制订具体实施细则。", null))).isFalse();
		assertThat(named.heldBy(Candidate.of("doc", 0, "某某市2024年工作要点", "某某市", 2024, List.of(), "督促相关单位制订实施细则。",
				new ClauseColumns("燃气处、供热处", null, null))))
			.as("offices named in the responsible column")
			.isTrue();
		assertThat(AskedValue.of("这项工作由哪个部门负责？").heldBy(clause("由市生态环境局负责。", null)))
			.as("any unit answers a department asked")
			.isTrue();
	}

	@Test
	void askingForTheMembersOfASetNeedsThemNamed() {
		AskedValue villages = AskedValue.of("今年的试点具体是哪些村？");
		assertThat(villages.exact()).isTrue();
		assertThat(villages.heldBy(clause("稳妥推进试点村建设，以点带面推广经验。", null))).isFalse();
		assertThat(villages.heldBy(clause("在东岭村、西河村、南山村开展试点。", null))).isTrue();
		assertThat(villages.heldBy(clause("试点内容：（1）规范公开目录；（2）建设公开专区。", null))).isTrue();
		assertThat(villages.heldBy(clause("健全市、县、乡三级试点体系。", null))).isFalse();
		AskedValue halls = AskedValue.of("阅览点都有哪些？");
		assertThat(halls.heldBy(clause("科学合理设置阅览点，方便群众查阅。", null))).isFalse();
		assertThat(halls.heldBy(clause("在“市民之家”“老年大学”等处设置阅览点。", null))).isTrue();
		AskedValue others = AskedValue.of("除了市直部门、各区政府，还有哪些单位要报送？");
		assertThat(others.heldBy(clause("市直部门、各区政府按时报送。", null))).isFalse();
		assertThat(others.heldBy(clause("市直部门、各区政府、开发区管委会按时报送。", null))).isTrue();
		assertThat(AskedValue.of("实现哪几个统一？").heldBy(clause("实现统一登记、统一编号、统一发布。", null))).isTrue();
		assertThat(AskedValue.of("具体是哪26个领域？").kind()).as("a count in digits").isEqualTo(AskedValue.Kind.MEMBERS);
		AskedValue fields = AskedValue.of("行动支持哪七大领域的企业？");
		assertThat(fields.exact()).isTrue();
		assertThat(fields.heldBy(clause("行动全力支持七大领域企业复工复产。", null))).isFalse();
		assertThat(fields.heldBy(clause("重点支持七大领域：医药类、物资类、物流类、制造类、能源类、通信类、外贸类。", null))).isTrue();
	}

	@Test
	void aQuestionForADayNeedsADate() {
		AskedValue day = AskedValue.of("这份方案的成文日期是哪天？");
		assertThat(day.exact()).isTrue();
		assertThat(day.heldBy(clause("本方案成文于2024年3月5日。", null))).isTrue();
		assertThat(day.heldBy(clause("本方案年内印发实施。", null))).isFalse();
	}

	@Test
	void aNewsItemsDatelineIsNoDateAskedFor() {
		AskedValue day = AskedValue.of("医院扩建工程哪天完工？");
		assertThat(day.heldBy(clause("新华社南宁2月4日电（记者 何伟）医院正加紧扩建。", null))).isFalse();
		assertThat(day.heldBy(clause("新华社南宁2月4日电（记者 何伟）医院扩建工程力争2月7日建成。", null))).isTrue();
		assertThat(AskedValue.of("企业何时能够复工？").heldBy(clause("新华社温州2月12日电 当地有序推进企业复工。", null))).isFalse();
	}

	@Test
	void aQuestionWhenNeedsADateATimeLimitOrAPeriod() {
		AskedValue when = AskedValue.of("意见采纳情况什么时候公开？");
		assertThat(when.exact()).isFalse();
		assertThat(when.heldBy(clause("公开意见采纳情况。", "6月底前"))).isTrue();
		assertThat(when.heldBy(clause("征求意见结束后及时公开采纳情况。", null))).isTrue();
		assertThat(when.heldBy(clause("公开意见采纳情况，接受社会监督。", null))).isFalse();
	}

	@Test
	void aQuestionWhoNeedsAUnitTheQuestionDoesNotName() {
		AskedValue who = AskedValue.of("社区养老的政策由哪个部门公开？");
		assertThat(who.heldBy(clause("公开社区养老扶持政策。", null))).isFalse();
		assertThat(who.heldBy(clause("由区民政局公开社区养老扶持政策。", null))).isTrue();
		assertThat(who.heldBy(new Candidate("doc", 0, "t", null, null, List.of(), "公开社区养老扶持政策。",
				new ClauseColumns("区民政局", null, null), "", 0)))
			.isTrue();
		assertThat(AskedValue.of("区卫健局的办事指南谁来更新？").heldBy(clause("区卫健局办事指南动态调整。", null))).isFalse();
		assertThat(AskedValue.of("工作组组长是谁？").exact()).isTrue();
		assertThat(AskedValue.of("工作组组长是谁？").heldBy(clause("工作组负责统筹协调。", null))).isFalse();
		assertThat(AskedValue.of("工作组组长是谁？").heldBy(clause("组长：王建国。", null))).isTrue();
		assertThat(AskedValue.of("领导小组组长、副组长分别是谁？").heldBy(clause("责任单位：办公室、计财处。", null))).isFalse();
		assertThat(AskedValue.of("管委会主任现在是谁？").kind()).isEqualTo(AskedValue.Kind.PERSON);
		assertThat(AskedValue.of("政务公开办的主任叫什么名字？").heldBy(clause("主要负责同志年内至少听取一次工作汇报。", null)))
			.as("a post is no one in particular")
			.isFalse();
		assertThat(AskedValue.of("政务公开办的主任叫什么名字？").heldBy(clause("由张明同志担任主任。", null))).isTrue();
		AskedValue name = AskedValue.of("管委会办公室主任叫啥名？");
		assertThat(name.exact()).isTrue();
		assertThat(name.heldBy(clause("管委会办公室牵头落实。", null))).isFalse();
		AskedValue office = AskedValue.of("公报是哪个科室负责编的？");
		assertThat(office.heldBy(clause("做好公报编制工作。", null))).isFalse();
		assertThat(office.heldBy(clause("由信息科牵头开展公报编制工作。", null))).isTrue();
	}

	@Test
	void aQuestionWhereNeedsAPlaceOrChannelTheQuestionDoesNotName() {
		assertThat(AskedValue.of("税务有啥智能咨询渠道吗？").kind()).isEqualTo(AskedValue.Kind.CHANNEL);
		AskedValue where = AskedValue.of("政府网站上的错误可以在哪反映？");
		assertThat(where.heldBy(clause("政府网站内容要准确，发现错误及时更正。", null))).isFalse();
		assertThat(where.heldBy(clause("可通过“找错”平台或领导信箱留言。", null))).isTrue();
		assertThat(AskedValue.of("工作经费从哪里出？").kind()).isNotEqualTo(AskedValue.Kind.CHANNEL);
		AskedValue site = AskedValue.of("企业可以通过哪个网站办理网上业务？");
		assertThat(site.heldBy(clause("企业业务照常受理。", null))).isFalse();
		assertThat(site.heldBy(clause("可登录政务服务网上办理系统（http://zwfw.example.gov.cn/）办理。", null))).isTrue();
		AskedValue platform = AskedValue.of("考核对接的是哪个监管平台？");
		assertThat(platform.heldBy(clause("监管平台要用好，发挥实效。", null))).isFalse();
		assertThat(platform.heldBy(clause("对接应用全省统一的网上监管平台，开展考核。", null))).isTrue();
		AskedValue recipient = AskedValue.of("各部门的自查报告交到哪？");
		assertThat(recipient.heldBy(clause("请于11月20日前将本部门自查报告上报区政务公开办。", null))).as("the unit it is handed to")
			.isTrue();
		assertThat(where.heldBy(clause("发现错误由区政务公开办及时更正。", null))).as("a unit is no channel to report at").isFalse();
	}

	@Test
	void aNameAskedIsHeldByANameTheTextQuotesOrOfTheKindAsked() {
		AskedValue column = AskedValue.of("把惠企政策汇到一块儿的那个栏目叫啥名？");
		assertThat(column.kind()).isEqualTo(AskedValue.Kind.NAME);
		assertThat(column.heldBy(clause("梳理惠企政策，做好政策汇编。", null))).isFalse();
		assertThat(column.heldBy(clause("动态更新“某某市惠企惠民政策手册”专栏。", null))).isTrue();
		AskedValue platform = AskedValue.of("那个智能推送减税政策的平台叫啥？");
		assertThat(platform.heldBy(clause("优化12366纳税服务平台智能咨询功能。", null))).isTrue();
		assertThat(AskedValue.of("是照着啥名单来的？").kind()).isNotEqualTo(AskedValue.Kind.NAME);
		AskedValue forgotten = AskedValue.of("有个平台会推培训信息，可我忘了叫啥了，能告诉我是哪个平台吗？");
		assertThat(forgotten.heldBy(clause("通过96885平台，把技能培训相关政策推送给培训对象。", null))).isTrue();
	}

	@Test
	void aPurposeAskedIsHeldByAnAim() {
		AskedValue aim = AskedValue.of("加强窗口建设，目的是什么？");
		assertThat(aim.kind()).isEqualTo(AskedValue.Kind.PURPOSE);
		assertThat(aim.heldBy(clause("依托热线设立政策咨询窗口，提供咨询服务。", null))).isFalse();
		assertThat(aim.heldBy(clause("加强窗口建设，更好打通政策落实“最后一公里”。", null))).isTrue();
		assertThat(AskedValue.of("为啥要把典型案例拿出来曝光？").kind()).isEqualTo(AskedValue.Kind.PURPOSE);
		assertThat(AskedValue.of("它想解决什么问题？").kind()).isEqualTo(AskedValue.Kind.PURPOSE);
		assertThat(AskedValue.of("制定这个分工方案的目的是什么？").heldBy(clause("按照通知要求，进一步细化全区政务公开工作，结合我区实际，特制定本实施方案。", null)))
			.as("a plan's preamble")
			.isTrue();
	}

	@Test
	void howManyPeopleIsAnsweredByANumberOfPeople() {
		AskedValue people = AskedValue.of("政府开放日去了多少人？");
		assertThat(people.heldBy(clause("年内至少举办1次“政府开放日”活动。", null))).isFalse();
		assertThat(people.heldBy(clause("共有120名群众参加政府开放日活动。", null))).isTrue();
		AskedValue residents = AskedValue.of("开放日一共有多少群众参加？");
		assertThat(residents.heldBy(clause("各部门年内至少举办1次“政府开放日”。", null))).isFalse();
		assertThat(AskedValue.of("给政务公开安排了多少万元经费？").kind()).isEqualTo(AskedValue.Kind.MONEY);
		assertThat(AskedValue.of("咨询窗口具体在什么地址？").kind()).isEqualTo(AskedValue.Kind.ADDRESS);
	}

	@Test
	void aFewInAYesOrNoQuestionAsksWhetherNotHowMany() {
		AskedValue whether = AskedValue.of("工作人员能不能干几个月就换岗？");
		assertThat(whether.kind()).isEqualTo(AskedValue.Kind.RULE);
		assertThat(whether.heldBy(clause("政务公开工作人员不满一个年度不得更换岗位。", null))).isTrue();
		assertThat(AskedValue.of("有没有规定一年开展几次培训？").kind()).isEqualTo(AskedValue.Kind.COUNT);
		assertThat(AskedValue.of("一年开展几次培训？").kind()).isEqualTo(AskedValue.Kind.COUNT);
	}

	@Test
	void aCountInAMeasureIsHeldOnlyByANumberInThatMeasure() {
		AskedValue hours = AskedValue.of("政务公开培训每次至少得够多少学时？");
		assertThat(hours.exact()).isTrue();
		assertThat(hours.heldBy(clause("各部门年内至少开展1次政务公开工作培训。", null))).isFalse();
		assertThat(hours.heldBy(clause("每次培训不少于4学时。", null))).isTrue();
		AskedValue pages = AskedValue.of("超过多少页开始收费？");
		assertThat(pages.heldBy(clause("按规定的标准计收信息处理费。", null))).isFalse();
		assertThat(pages.heldBy(clause("申请人申请公开政府信息的数量超过30页的，按页计收。", null))).isTrue();
	}

	@Test
	void aCountOfItemsIsHeldByItemsAndARankByARank() {
		AskedValue items = AskedValue.of("那些重点工作任务完成了多少项？");
		assertThat(items.exact()).as("a list may answer too").isFalse();
		assertThat(items.heldBy(clause("任务分解到31个部门。", null))).isFalse();
		assertThat(items.heldBy(clause("已完成150项。", null))).isTrue();
		AskedValue first = AskedValue.of("政务公开考核哪个部门排第一？");
		assertThat(first.kind()).isEqualTo(AskedValue.Kind.RANK);
		assertThat(first.heldBy(clause("第一时间向主管部门报备。", null))).isFalse();
	}

	@Test
	void theCountAQuestionNamesIsNotTheCountItAsks() {
		AskedValue done = AskedValue.of("那168项重点工作任务到年底完成了多少项？");
		assertThat(done.kind()).isEqualTo(AskedValue.Kind.COUNT);
		assertThat(done.heldBy(clause("将168项年度重点工作任务纳入考核。", null))).isFalse();
		assertThat(done.heldBy(clause("168项任务已完成150项。", null))).isTrue();
	}

	@Test
	void aQuestionForAListNeedsItems() {
		AskedValue list = AskedValue.of("专区提供哪些服务？");
		assertThat(list.exact()).isFalse();
		assertThat(list.heldBy(clause("提供政策查询、办事咨询、申请指引等服务。", null))).isTrue();
		assertThat(list.heldBy(clause("建好专区，方便群众。", null))).isFalse();
	}

	@Test
	void aQuestionForADocumentNumberNeedsOne() {
		AskedValue number = AskedValue.of("那个实施办法的文号是多少？");
		assertThat(number.exact()).isTrue();
		assertThat(number.heldBy(clause("印发《实施办法》（四政办发〔2021〕12号）。", null))).isTrue();
		assertThat(number.heldBy(clause("制定并印发实施办法，共12条。", null))).isFalse();
	}

	@Test
	void aQuestionForThePapersToBringNeedsThemNamed() {
		assertThat(AskedValue.of("办营业执照需要带什么证件？").exact()).isTrue();
		AskedValue papers = AskedValue.of("办营业执照能在网上办吗？需要什么材料？");
		assertThat(papers.heldBy(clause("申请人应提交登记申请书、身份证复印件和经营场所证明。", null))).isTrue();
		assertThat(papers.heldBy(clause("市场监督管理部门依法吊销营业执照。", null))).isFalse();
	}

	@Test
	void anyOtherAmountNeedsANumberWithAUnitOrAShare() {
		AskedValue output = AskedValue.of("口罩企业投产后产能有多少？");
		assertThat(output.kind()).isEqualTo(AskedValue.Kind.AMOUNT);
		assertThat(output.heldBy(clause("企业投产后日产口罩120万只。", null))).isTrue();
		assertThat(output.heldBy(clause("口罩企业已全面复工投产。", null))).isFalse();
		AskedValue share = AskedValue.of("网上申报率为多少？");
		assertThat(share.heldBy(clause("网上申报率达到98.5%。", null))).isTrue();
		assertThat(share.heldBy(clause("共有3家企业网上申报。", null))).isFalse();
		AskedValue shareAndHow = AskedValue.of("留抵退税的退税比例是多少？小微企业怎么申请？");
		assertThat(shareAndHow.heldBy(clause("精准推送留抵退税政策，建立咨询辅导机制。", null))).as("only a share answers a share asked")
			.isFalse();
		assertThat(shareAndHow.heldBy(clause("小微企业退税比例为100%，通过电子税务局申请。", null))).isTrue();
		AskedValue weight = AskedValue.of("政务公开在绩效考核里最少要占多大的分量？");
		assertThat(weight.heldBy(clause("政务公开工作在绩效考核中的分值权重不低于百分之四。", null))).isTrue();
		assertThat(weight.heldBy(clause("将政务公开工作纳入绩效考核。", null))).isFalse();
		assertThat(AskedValue.of("共抽调了多少名医护人员？").heldBy(clause("共抽调医护人员138名。", null))).isTrue();
		assertThat(AskedValue.of("赔偿金是经济补偿的几倍？").heldBy(clause("按经济补偿标准的二倍支付赔偿金。", null))).isTrue();
		assertThat(AskedValue.of("加班费最少按工资的多少来发？").heldBy(clause("支付不低于工资的百分之一百五十的工资报酬。", null))).isTrue();
		// "好几个月", "十几天" and "几户", "几个" also say "a few": not a question for a number.
		assertThat(AskedValue.of("公司好几个月没交社保，要补交什么？").kind()).isNotEqualTo(AskedValue.Kind.COUNT);
		assertThat(AskedValue.of("等了十几天还没答复，能投诉吗？").kind()).isEqualTo(AskedValue.Kind.RULE);
		assertThat(AskedValue.of("公示只跟几户人家有关，也要挂到网上吗？").kind()).isEqualTo(AskedValue.Kind.RULE);
		assertThat(AskedValue.of("排名多少？").kind()).isEqualTo(AskedValue.Kind.RANK);
		assertThat(AskedValue.of("项目金额没到招标的标准，这种还用公示吗？").kind()).as("the situation is stated, not asked")
			.isEqualTo(AskedValue.Kind.RULE);
		assertThat(AskedValue.of("逾期没交的，滞纳金每天收多少？").kind()).isEqualTo(AskedValue.Kind.MONEY);
		assertThat(AskedValue.of("拖到十二月才办，这还行吗？").kind()).as("a time stated asks about the deadline")
			.isEqualTo(AskedValue.Kind.PERIOD);
		assertThat(AskedValue.of("咨询电话是多少？").kind()).isEqualTo(AskedValue.Kind.TELEPHONE);
	}

	@Test
	void aYesOrNoQuestionStatingATimeAsksForTheDeadline() {
		AskedValue late = AskedValue.of("拖到十二月才办培训，还算按时吗？");
		assertThat(late.kind()).isEqualTo(AskedValue.Kind.PERIOD);
		assertThat(late.heldBy(clause("各部门11月20日前开展1次培训。", null))).isTrue();
		assertThat(late.heldBy(clause("各部门要开展政务公开培训。", null))).isFalse();
		assertThat(AskedValue.of("是不是二十个工作日内公开就行？").kind()).isEqualTo(AskedValue.Kind.PERIOD);
		assertThat(AskedValue.of("是不是干到2021年底就算完成了？").kind()).isEqualTo(AskedValue.Kind.PERIOD);
		assertThat(AskedValue.of("推进情况年底前汇总上来就行了吧？").kind()).isEqualTo(AskedValue.Kind.PERIOD);
		assertThat(AskedValue.of("按照2021年的分工方案，制定政策是不是必须先听取企业的意见？").kind()).as("the year names the plan, not a time")
			.isEqualTo(AskedValue.Kind.RULE);
		assertThat(AskedValue.of("查阅档案能不能收费？").kind()).isEqualTo(AskedValue.Kind.RULE);
		AskedValue overdue = AskedValue.of("清单发下来一个半月了，还没出方案，这算不算超时了？");
		assertThat(overdue.kind()).as("whether it is late, not what it counts as").isEqualTo(AskedValue.Kind.PERIOD);
		assertThat(overdue.heldBy(clause("于本方案下发后30日内形成实施方案。", null))).isTrue();
		assertThat(AskedValue.of("现在申请还来不及吗？").kind()).isEqualTo(AskedValue.Kind.PERIOD);
		assertThat(AskedValue.of("这种情况还能算工伤吗？").kind()).isEqualTo(AskedValue.Kind.CLASSIFICATION);
		assertThat(AskedValue.of("出台政策前会先问问企业的意见不？").kind()).as("a question ending in 不 asks yes or no")
			.isEqualTo(AskedValue.Kind.RULE);
		assertThat(AskedValue.of("材料交了没？").kind()).isEqualTo(AskedValue.Kind.RULE);
		assertThat(AskedValue.of("采购项目要是没到公开招标的金额，就不用对外公示了吧？").kind()).as("a sum stated, whether asked")
			.isEqualTo(AskedValue.Kind.RULE);
		assertThat(AskedValue.of("文件里夹了几条个人隐私，是不是整份都不能公开了？").kind()).as("a few stated, not asked")
			.isEqualTo(AskedValue.Kind.RULE);
		assertThat(AskedValue.of("政策文件发出来以后，解读材料拖个一两周再发可以吗？").kind()).isEqualTo(AskedValue.Kind.PERIOD);
		assertThat(AskedValue.of("解读材料过了五个工作日才发出来，这符合要求吗？").kind()).isEqualTo(AskedValue.Kind.PERIOD);
		assertThat(AskedValue.of("解读材料可以和文件分开发吗？").kind()).isNotEqualTo(AskedValue.Kind.PERIOD);
	}

	@Test
	void anyAOrNotAAsksYesOrNo() {
		assertThat(AskedValue.of("政务APP以后支不支持IPv6？").kind()).isEqualTo(AskedValue.Kind.RULE);
		assertThat(AskedValue.of("半夜施工你们管不管？").kind()).isEqualTo(AskedValue.Kind.RULE);
		assertThat(AskedValue.of("对这支队伍稳不稳定有啥要求").kind()).isEqualTo(AskedValue.Kind.RULE);
		assertThat(AskedValue.of("需不需要预约").kind()).isEqualTo(AskedValue.Kind.RULE);
		// "不" between two different characters asks nothing.
		assertThat(AskedValue.of("不动产登记资料怎么查询").kind()).isNotEqualTo(AskedValue.Kind.RULE);
		assertThat(AskedValue.of("不得不说这个政策很好").kind()).isEqualTo(AskedValue.Kind.NONE);
	}

	@Test
	void aMessageAlsoAskingForANumberAsksAnExactValue() {
		AskedValue whereAndPhone = AskedValue.of("政策咨询服务窗口设在哪？具体地址是啥，电话多少？");
		assertThat(whereAndPhone.exact()).isFalse();
		assertThat(whereAndPhone.asksAnExactValue()).as("the number is what the citizen needs").isTrue();
		assertThat(whereAndPhone.heldBy(clause("在市政务大厅设立政策咨询服务窗口。", null))).isFalse();
		assertThat(AskedValue.of("政策咨询服务窗口设在哪？").asksAnExactValue()).isFalse();
	}

	@Test
	void aQuestionForTheBasisNeedsAPrincipleAStandardOrWhatItFollows() {
		AskedValue basis = AskedValue.of("社区服务目录改来改去是照着啥来改的？");
		assertThat(basis.kind()).isEqualTo(AskedValue.Kind.BASIS);
		assertThat(basis.exact()).isFalse();
		assertThat(basis.heldBy(clause("以居民实际需求为导向，动态调整服务目录。", null))).isTrue();
		assertThat(basis.heldBy(clause("按《社区服务规范》要求修订目录。", null))).isTrue();
		assertThat(basis.heldBy(clause("年底前完成服务目录修订。", null))).isFalse();
		assertThat(AskedValue.of("补偿按什么标准给？").heldBy(clause("每满一年支付一个月工资的标准向劳动者支付。", null))).isTrue();
		assertThat(AskedValue.of("到底以哪个说法为准？").kind()).isEqualTo(AskedValue.Kind.BASIS);
		assertThat(AskedValue.of("园区政务公开坚持的工作原则是什么？").kind()).isEqualTo(AskedValue.Kind.BASIS);
		assertThat(AskedValue.of("写了好几份遗嘱，到底以哪份为准？").kind()).isEqualTo(AskedValue.Kind.BASIS);
		assertThat(AskedValue.of("名单按什么方式公布？").kind()).isEqualTo(AskedValue.Kind.STEPS);
		assertThat(AskedValue.of("有啥招儿治他们？").kind()).isEqualTo(AskedValue.Kind.STEPS);
		AskedValue procedure = AskedValue.of("办理申请要严格按照什么程序处理？");
		assertThat(procedure.kind()).as("a procedure asked is its steps").isEqualTo(AskedValue.Kind.STEPS);
		assertThat(procedure.heldBy(clause("严格按照“受理、审查、答复、归档”程序处理。", null))).isTrue();
	}

	@Test
	void aQuestionHowNeedsStepsAndAYesOrNoQuestionARule() {
		assertThat(AskedValue.of("怎么申请公开？").heldBy(clause("登录网站填写申请表后提交。", null))).isTrue();
		assertThat(AskedValue.of("怎么申请公开？").heldBy(clause("附件：申请表样式", null))).isFalse();
		assertThat(AskedValue.of("文件里有身份证号怎么处理？").heldBy(clause("含身份证号的，要做遮盖处理后公开。", null))).isTrue();
		assertThat(AskedValue.of("补贴名单按什么方式公布？").heldBy(clause("以村为单位张榜的方式公布补贴名单。", null))).isTrue();
		assertThat(AskedValue.of("查阅档案能不能收费？").heldBy(clause("查阅档案不得收取费用。", null))).isTrue();
		assertThat(AskedValue.of("查阅档案能不能收费？").heldBy(clause("附件：档案目录", null))).isFalse();
		assertThat(AskedValue.of("服务中心周六开放吗？").heldBy(clause("服务中心每月第一个周六上午开放。", null))).isTrue();
	}

	@Test
	void aMessageOfSeveralQuestionsIsAnsweredByAValueOfAnyOfThem() {
		AskedValue two = AskedValue.of("大案会不会曝光？哪个部门负责？");
		assertThat(two.exact()).isFalse();
		assertThat(two.heldBy(clause("加大重大案件曝光力度。", null))).isTrue();
	}

	@Test
	void aMessageAskingForASumIsNotAnsweredByAClauseWithoutOne() {
		AskedValue sumAndWhen = AskedValue.of("种地补贴每亩补多少钱？啥时候发到卡上？");
		assertThat(sumAndWhen.heldBy(clause("公开涉农补贴标准、补贴申报等信息。", "2023年12月底前"))).isFalse();
		assertThat(sumAndWhen.heldBy(clause("每亩补贴120元，于每年6月底前发放。", null))).isTrue();
		assertThat(sumAndWhen.heldBy(clause("每亩补贴120元。", null))).isTrue();
	}

	@Test
	void aQuestionForAnAddressNeedsAStreetOrWebAddressNotTheHallsName() {
		AskedValue street = AskedValue.of("市政务大厅在哪条街上？");
		assertThat(street.exact()).isTrue();
		assertThat(street.heldBy(clause("在市政务大厅设立政策咨询服务窗口。", null))).isFalse();
		assertThat(street.heldBy(clause("市政务大厅位于人民大街1234号。", null))).isTrue();
		assertThat(AskedValue.of("政府网站的地址是什么？").heldBy(clause("登录市政府门户网站www.example.gov.cn查询。", null))).isTrue();
		assertThat(AskedValue.of("举报邮箱地址是多少？").heldBy(clause("举报邮箱：jb@example.cn。", null))).isTrue();
		assertThat(AskedValue.of("换了办公地址多长时间内得在网上更新？").heldBy(clause("变更之日起20个工作日内更新。", null))).isTrue();
	}

	@Test
	void anInterrogativeBeforeATimeWordAsksWhenThoughAChannelFollows() {
		AskedValue when = AskedValue.of("工作要点要在什么时间内在单位网站公开？");
		assertThat(when.kind()).isEqualTo(AskedValue.Kind.PERIOD);
		assertThat(when.heldBy(clause("在本工作要点印发后30日内在本单位网站公开。", null))).isTrue();
		assertThat(AskedValue.of("要在什么网站公开？").kind()).isEqualTo(AskedValue.Kind.CHANNEL);
	}

	@Test
	void aQuestionWhenAServiceIsOpenNeedsItsDaysOrHours() {
		AskedValue weekend = AskedValue.of("96885平台周末有人接电话吗？");
		assertThat(weekend.kind()).isEqualTo(AskedValue.Kind.HOURS);
		assertThat(weekend.heldBy(clause("通过96885平台传递培训信息。", null))).isFalse();
		assertThat(weekend.heldBy(clause("申请在20个工作日内答复。", null))).isFalse();
		assertThat(weekend.heldBy(clause("96885平台节假日不休，全天候受理来电。", null))).isTrue();
		assertThat(AskedValue.of("政务大厅几点开门？").heldBy(clause("办公时间为上午9:00至下午5:00。", null))).isTrue();
		AskedValue night = AskedValue.of("政务服务热线半夜能咨询不？");
		assertThat(night.kind()).isEqualTo(AskedValue.Kind.HOURS);
		assertThat(night.heldBy(clause("12345热线全天候受理群众咨询。", null))).isTrue();
		assertThat(AskedValue.of("办公时间这些信息变了，多长时间内要更新？").kind()).isEqualTo(AskedValue.Kind.PERIOD);
		AskedValue hours = AskedValue.of("热线是几点到几点？");
		assertThat(hours.kind()).isEqualTo(AskedValue.Kind.HOURS);
		assertThat(hours.heldBy(clause("依托12345热线全天候服务企业群众。", null))).isTrue();
	}

	@Test
	void aDeadlineAskedIsNotGivenByAStandingArrangement() {
		AskedValue latest = AskedValue.of("网站适老化改造最晚什么时候完成？");
		assertThat(latest.exact()).isTrue();
		assertThat(latest.heldBy(clause("持续推进政府网站适老化和无障碍改造。", null))).isFalse();
		assertThat(latest.heldBy(clause("年底前完成政府网站适老化改造。", null))).isTrue();
		assertThat(latest.heldBy(clause("推进政府网站适老化改造。", "2022年9月底前"))).isTrue();
		AskedValue when = AskedValue.of("网站适老化改造什么时候搞？");
		assertThat(when.exact()).isFalse();
		assertThat(when.heldBy(clause("持续推进政府网站适老化和无障碍改造。", null))).isTrue();
	}

	@Test
	void aStreetAddressAskedNeedsOne() {
		AskedValue where = AskedValue.of("公报赠阅点设在哪些地方？有具体地址吗？");
		assertThat(where.asksAnExactValue()).isTrue();
		assertThat(where.heldBy(clause("科学规范设置公报赠阅点，赠阅重点向基层单位倾斜。", null))).isFalse();
	}

	@Test
	void howSoonIsAskedForATimeLimitNotASpeed() {
		AskedValue soon = AskedValue.of("出了新指引，部门得多快跟上出方案？");
		assertThat(soon.kind()).isEqualTo(AskedValue.Kind.PERIOD);
		assertThat(soon.heldBy(clause("在30个工作日内制定推动方案。", null))).isTrue();
		assertThat(soon.heldBy(clause("按照推进方案，于2022年底前完成目录的发布。", null))).as("a date, not how soon").isFalse();
		assertThat(AskedValue.of("高速公路上最高能开多快？").kind()).isEqualTo(AskedValue.Kind.DISTANCE);
	}

	@Test
	void aQuestionForARankNeedsOne() {
		AskedValue rank = AskedValue.of("评估结果出来了吗？我们市排第几名？");
		assertThat(rank.heldBy(clause("开展政务公开第三方评估，结果向社会公开。", null))).isFalse();
		assertThat(rank.heldBy(clause("在全省评估中位列第三名。", null))).isTrue();
	}

	@Test
	void aCountInAUnitIsAnExactValue() {
		AskedValue days = AskedValue.of("留言最多多少个工作日必须回复？");
		assertThat(days.exact()).isTrue();
		assertThat(days.heldBy(clause("严格办理时限，及时回复网民留言。", null))).isFalse();
		assertThat(days.heldBy(clause("网民留言应在5个工作日内回复。", null))).isTrue();
		assertThat(AskedValue.of("一共有多少个试点？").exact()).isFalse();
	}

	@Test
	void headingsHoldNoValue() {
		Candidate headed = Candidate.of("doc", 0, "某某市2024年工作要点", "某某市", 2024,
				List.of("某某市2024年工作要点", "（一）做好12月20日前的年报公开"), "做好年报公开工作。", ClauseColumns.NONE);
		assertThat(AskedValue.of("年报哪天公开？").heldBy(headed)).isFalse();
	}

	private static Candidate clause(String text, String deadline) {
		return Candidate.of("doc", 0, "某某市2024年工作要点", "某某市", 2024, List.of("某某市2024年工作要点", "（一）"), text,
				new ClauseColumns(null, deadline, null));
	}

}
