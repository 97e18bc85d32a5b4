package wenzheng.index.question;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionReaderTests {

	private final QuestionReader reader = new QuestionReader(Places.of(List.of("青山市", "绿水区")));

	private final IntentDetector intents = new IntentDetector();

	@Test
	void detectsWhatKindOfFactIsAsked() {
		assertThat(this.intents.detect("补贴多久发下来")).isEqualTo(Intent.DEADLINE);
		assertThat(this.intents.detect("什么时候截止")).isEqualTo(Intent.DEADLINE);
		assertThat(this.intents.detect("这事归哪个部门管")).isEqualTo(Intent.RESPONSIBLE);
		assertThat(this.intents.detect("谁来审核")).isEqualTo(Intent.RESPONSIBLE);
		assertThat(this.intents.detect("牵头的除了政府办，还有哪两家？")).isEqualTo(Intent.RESPONSIBLE);
		assertThat(this.intents.detect("除了供水还摊到哪俩处了？")).isEqualTo(Intent.RESPONSIBLE);
		assertThat(this.intents.detect("哪两处罚款最重？")).isNotEqualTo(Intent.RESPONSIBLE);
		assertThat(this.intents.detect("网站多久更新一次")).isEqualTo(Intent.QUANTITY);
		assertThat(this.intents.detect("一年至少办几次")).isEqualTo(Intent.QUANTITY);
		assertThat(this.intents.detect("在哪能查到")).isEqualTo(Intent.PLACE);
		assertThat(this.intents.detect("通过什么平台发布")).isEqualTo(Intent.PLACE);
		assertThat(this.intents.detect("申请流程是怎样的")).isEqualTo(Intent.PROCEDURE);
		assertThat(this.intents.detect("依申请公开办理都走哪几步")).isEqualTo(Intent.PROCEDURE);
		assertThat(this.intents.detect("村里都用啥法子让乡亲们知道")).as("an everyday word for a means").isEqualTo(Intent.PROCEDURE);
		assertThat(this.intents.detect("可以免费领取吗")).isEqualTo(Intent.YES_NO);
		assertThat(this.intents.detect("以后支不支持IPv6")).isEqualTo(Intent.YES_NO);
		assertThat(this.intents.detect("可不可以代办")).isEqualTo(Intent.YES_NO);
		assertThat(this.intents.detect("主要公开哪些内容")).isEqualTo(Intent.LIST);
		assertThat(this.intents.detect("留言答复具体得公开哪几项")).as("which ones, not how many").isEqualTo(Intent.LIST);
		assertThat(this.intents.detect("一网通分别是哪几个")).isEqualTo(Intent.LIST);
		assertThat(this.intents.detect("清单一共列了几项任务")).isEqualTo(Intent.QUANTITY);
		assertThat(this.intents.detect("是哪几个部门牵头")).isEqualTo(Intent.RESPONSIBLE);
		assertThat(this.intents.detect("政府公报是哪个科室负责编的")).isEqualTo(Intent.RESPONSIBLE);
		assertThat(this.intents.detect("啥局管这事")).isEqualTo(Intent.RESPONSIBLE);
		assertThat(this.intents.detect("会受到什么处罚")).isNotEqualTo(Intent.RESPONSIBLE);
		assertThat(this.intents.detect("成文后多少个工作日内公开")).isEqualTo(Intent.DEADLINE);
		assertThat(this.intents.detect("已有多少乡镇开通了便民服务站")).isEqualTo(Intent.QUANTITY);
		assertThat(this.intents.detect("补贴能领多少钱")).isEqualTo(Intent.QUANTITY);
		assertThat(this.intents.detect("办结要多少天")).isEqualTo(Intent.DEADLINE);
		assertThat(this.intents.detect("这项工作坚持的原则是什么")).isEqualTo(Intent.GENERAL);
	}

	@Test
	void readsPlacesAndYears() {
		Question question = this.reader.read("青山市2024年政府开放日办几次？");
		assertThat(question.places()).containsExactly("青山市");
		assertThat(question.years()).containsExactly(2024);
		assertThat(question.unknownPlaces()).isEmpty();
		assertThat(question.intent()).isEqualTo(Intent.QUANTITY);
	}

	@Test
	void focusesALongMessageOnItsQuestion() {
		String message = "我是绿水区的一名退休职工，平时喜欢看政府网站上的信息，最近发现有些栏目很久没有更新了，家里人也说找不到需要的东西。"
				+ "想问一下，政府网站的栏目多久必须更新一次？谢谢你们的耐心解答。";
		Question question = this.reader.read(message);
		assertThat(question.focus()).isEqualTo("政府网站的栏目多久必须更新一次？");
		assertThat(question.intent()).isEqualTo(Intent.QUANTITY);
		assertThat(question.places()).containsExactly("绿水区");
	}

	@Test
	void aQuestionPointingBackTakesTheSentenceItPointsTo() {
		String message = "绿水区清单里有一条，要汇总各部门基层政务公开示范区的创建推进情况。那这个截止到啥时候？";
		assertThat(this.reader.read(message).focus()).isEqualTo("绿水区清单里有一条，要汇总各部门基层政务公开示范区的创建推进情况。那这个截止到啥时候？");
		String named = "我父亲不会用手机。我看清单里说要设立政策咨询窗口，想问一下这个窗口提供什么样的咨询服务？";
		assertThat(this.reader.read(named).focus()).as("the pointer names it again").isEqualTo("这个窗口提供什么样的咨询服务？");
	}

	@Test
	void findsTheQuestionInAMessageWithoutPunctuation() {
		String message = "我家老人不会上网平时就听听广播看看电视前些天听邻居说政府出台政策之前都要征求大家的意见可我们这样的人也不知道去哪儿提" + "请问绿水区征求意见的时候一般会通过哪些途径让老百姓知道";
		assertThat(this.reader.read(message).focus()).isEqualTo("绿水区征求意见的时候一般会通过哪些途径让老百姓知道");
	}

	@Test
	void takesTheSubjectBeforeSpaceSeparatedQuestions() {
		String message = "绿水区的环境信息 比如空气好不好 河水干不干净 是哪个单位公开 我家就住在河边 孩子还小 全家都有点担心 麻烦给说说 谢谢你们";
		assertThat(this.reader.read(message).focus()).startsWith("绿水区的环境信息 比如空气好不好").contains("是哪个单位公开");
	}

	@Test
	void leavesTheReasonForAskingAndThanksAfterTheQuestionOut() {
		String message = "我家在绿水区，最近听说养老补贴有新政策，想问问绿水区养老补贴的信息是哪个部门负责公开的，我好直接去他们网站上看看，谢谢！";
		assertThat(this.reader.read(message).focus()).isEqualTo("绿水区养老补贴的信息是哪个部门负责公开的");
	}

	@Test
	void leavesTheReasonAfterAQuestionMarkedQuestionOut() {
		String message = "我是搞档案工作退休的老同志，平时爱看政策，想问下绿水区的查阅点都设在哪些地方，我以后去查文件方便点？";
		assertThat(this.reader.read(message).focus()).isEqualTo("绿水区的查阅点都设在哪些地方");
		String added = "我是搞档案工作退休的老同志，平时爱看政策，想问下绿水区的查阅点都设在哪些地方，开放时间是怎么安排的？";
		assertThat(this.reader.read(added).focus()).isEqualTo("绿水区的查阅点都设在哪些地方，开放时间是怎么安排的？");
	}

	@Test
	void beforeSomethingIsNoDeadlineAsked() {
		assertThat(this.reader.read("区里的信息公开之前做保密把关，按什么原则来？").intent()).isNotEqualTo(Intent.DEADLINE);
		assertThat(this.reader.read("自查报告最晚什么时候之前交？").intent()).isEqualTo(Intent.DEADLINE);
	}

	@Test
	void aFewYearsWithoutIsToldNotAsked() {
		Question question = this.reader.read("园区有的公众号几年不更新成了空架子，有人管吗？");
		assertThat(question.intent()).isNotEqualTo(Intent.QUANTITY);
		assertThat(this.reader.read("政府开放日几年办一次？").intent()).isEqualTo(Intent.QUANTITY);
	}

	@Test
	void anAlternativeAfterAQuestionAddsNothingToItsFocus() {
		String message = "我们厂在绿水区开发区，最近听说区里要出新政策。我想问问，出台涉企政策之前会不会听企业的意见？还是直接就发了？";
		assertThat(this.reader.read(message).focus()).isEqualTo("出台涉企政策之前会不会听企业的意见？");
	}

	@Test
	void anEitherOrQuestionAfterAQuestionAddsNothingEither() {
		String message = "我们村种了玉米，听说有补贴。我想问问绿水区补贴发放结果的公开有什么要求？是挨家挨户通知，还是在村里统一贴出来？";
		assertThat(this.reader.read(message).focus()).isEqualTo("绿水区补贴发放结果的公开有什么要求？");
	}

	@Test
	void aShortMessageIsItsOwnFocus() {
		assertThat(this.reader.read("  政府开放日  ").focus()).isEqualTo("政府开放日");
	}

	@Test
	void readsAPlaceWrittenWithAWrongCharacterAsTheKnownPlace() {
		Question question = this.reader.read("我是录水区的，清山市和录水区的政府开放日一年办几次？");
		assertThat(question.places()).containsExactly("绿水区", "青山市");
		assertThat(question.unknownPlaces()).isEmpty();
		Question elsewhere = this.reader.read("青山县2023年的政府开放日一年办几次？");
		assertThat(elsewhere.places()).isEmpty();
		assertThat(elsewhere.unknownPlaces()).containsExactly("青山县");
		assertThat(elsewhere.years()).containsExactly(2023);
	}

}
