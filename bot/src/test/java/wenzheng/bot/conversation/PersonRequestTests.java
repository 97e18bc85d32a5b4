package wenzheng.bot.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonRequestTests {

	@Test
	void askingForAPersonOrToChaseOnesOwnCaseIsARequest() {
		assertThat(PersonRequest.isMadeIn("转人工")).isTrue();
		assertThat(PersonRequest.isMadeIn("我要投诉小区物业乱收费")).isTrue();
		assertThat(PersonRequest.isMadeIn("麻烦帮我催一下审批")).isTrue();
	}

	@Test
	void lookingIntoWhatHappenedToTheCitizenIsARequest() {
		assertThat(PersonRequest.isMadeIn("我的医保报销为什么被退回了？请帮我查一下。")).isTrue();
		assertThat(PersonRequest.isMadeIn("帮我查查我的申请处理到哪一步了")).isTrue();
		assertThat(PersonRequest.isMadeIn("帮我查一下到底怎么回事？")).isTrue();
	}

	@Test
	void askingTheBotToLookUpWhatAPolicySaysIsNoRequest() {
		assertThat(PersonRequest.isMadeIn("不清楚政府开放日一年办几次，能帮我查一下吗？")).isFalse();
		assertThat(PersonRequest.isMadeIn("帮我查一下申请信息公开要多少天答复")).isFalse();
		assertThat(PersonRequest.isMadeIn("政府开放日一年办几次？")).isFalse();
	}

}
