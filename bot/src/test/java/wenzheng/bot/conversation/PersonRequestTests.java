package wenzheng.bot.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonRequestTests {

	@Test
	void aComplaintDeclaredBeforeTheQuestionIsARequest() {
		String message = "我要投诉：在市政府网站留言快一个月了也没人回复，谁来处理？";
		assertThat(PersonRequest.isMadeIn(message, "在市政府网站留言快一个月了也没人回复，谁来处理？")).isTrue();
		assertThat(PersonRequest.isMadeIn("我不是来投诉的，就想了解答复期限是多少天？", "就想了解答复期限是多少天？")).isFalse();
	}

	@Test
	void aGrievanceToldWithoutAQuestionIsARequest() {
		assertThat(requested("四平政府网站留言半个月没人回")).isTrue();
		assertThat(requested("申请材料交上去两个月了，部门之间推来推去。")).isTrue();
		assertThat(requested("网站留言多久没人回复算超期？")).as("asks what a rule says").isFalse();
		assertThat(requested("洮北区政务公开办电话")).isFalse();
	}

	@Test
	void goingOverTheCitizensOwnPapersIsARequest() {
		assertThat(requested("我想申请行政复议，能帮我看看我的材料够不够吗？")).isTrue();
		assertThat(requested("能帮我看看市政府公报在哪儿能看到吗？")).isFalse();
	}

	@Test
	void askingForAPersonOrToChaseOnesOwnCaseIsARequest() {
		assertThat(requested("转人工")).isTrue();
		assertThat(requested("我要投诉小区物业乱收费")).isTrue();
		assertThat(requested("麻烦帮我催一下审批")).isTrue();
		assertThat(requested("领导非要我换岗，你能帮我跟单位领导反映一下吗？")).isTrue();
		assertThat(requested("被多收了500块处理费，你们能帮我把钱退回来吗？")).isTrue();
		assertThat(requested("补贴钱也没到账 帮俺查查咋回事")).isTrue();
	}

	@Test
	void bookingAndSuggestionsAreForStaff() {
		assertThat(requested("我想约下周三去政务大厅查资料，帮我登记一下。")).isTrue();
		assertThat(requested("个人认为，能不能提供更便捷的举报途径？")).isTrue();
		assertThat(requested("建议政府在小区门口增设公交站。#人民建议#")).isTrue();
		assertThat(requested("征求意见时我们提了十几条建议，园区要公开哪些情况？")).isFalse();
	}

	@Test
	void lookingIntoWhatHappenedToTheCitizenIsARequest() {
		assertThat(requested("我的医保报销为什么被退回了？请帮我查一下。")).isTrue();
		assertThat(requested("帮我查查我的申请处理到哪一步了")).isTrue();
		assertThat(requested("帮我查一下到底怎么回事？")).isTrue();
		assertThat(requested("补贴到现在也没打到我卡上，请帮我查查钱卡在哪了")).isTrue();
		assertThat(requested("帮我查一下退休金怎么还没到账")).isTrue();
		assertThat(requested("留言两次都没回复，能不能帮我查一下我那条留言现在是谁在办？")).isTrue();
		assertThat(requested("帮我查查我提交的申请")).isTrue();
	}

	@Test
	void aRequestAfterTheQuestionCountsThoughItAsksNothing() {
		String message = "让我交了信息处理费，我觉得不合理。那这钱能退吗？我的申请编号是2023-0412，麻烦帮我查一下。";
		assertThat(PersonRequest.isMadeIn(message, "让我交了信息处理费，我觉得不合理。那这钱能退吗？")).isTrue();
		String story = "我的孩子在外地，没空帮我查。政府开放日一年办几次？";
		assertThat(PersonRequest.isMadeIn(story, "政府开放日一年办几次？")).as("no request to the bot").isFalse();
	}

	@Test
	void correctingOnesOwnRecordIsARequest() {
		assertThat(requested("公示名单上我家的地亩数写少了，谁能帮我改过来？")).isTrue();
		assertThat(requested("我的名字登记错了，麻烦帮我更正一下")).isTrue();
		assertThat(requested("公示的信息有错误，怎么申请更正？")).as("asks how, not for a person").isFalse();
	}

	@Test
	void askingWhetherOnesOwnDisputeWillBeWonIsForAPerson() {
		assertThat(requested("单位一直拖欠我工资，我去申请仲裁能不能胜诉？")).isTrue();
		assertThat(requested("我这个情况申请行政复议能不能赢？")).isTrue();
		assertThat(requested("告他们赢的把握大吗")).isTrue();
		assertThat(requested("邻居占了我家的地，打官司有多大胜算？")).isTrue();
		assertThat(requested("劳动仲裁申请后多少天内开庭？")).isFalse();
		assertThat(requested("如何打赢疫情防控阻击战？")).as("no dispute of the citizen's own").isFalse();
	}

	@Test
	void askingTheBotToLookUpWhatAPolicySaysIsNoRequest() {
		assertThat(requested("不清楚政府开放日一年办几次，能帮我查一下吗？")).isFalse();
		assertThat(requested("帮我查一下申请信息公开要多少天答复")).isFalse();
		assertThat(requested("政府开放日一年办几次？")).isFalse();
	}

	private static boolean requested(String shortMessage) {
		return PersonRequest.isMadeIn(shortMessage, shortMessage);
	}

}
