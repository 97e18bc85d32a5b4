package wenzheng.bot.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallTalkTests {

	private final SmallTalk smallTalk = new SmallTalk();

	@Test
	void greetingsThanksAndEmojiGetAShortReply() {
		assertThat(this.smallTalk.reply("你好！")).hasValueSatisfying(reply -> assertThat(reply).startsWith("您好"));
		assertThat(this.smallTalk.reply("谢谢啦")).isPresent();
		assertThat(this.smallTalk.reply("👍👍")).isPresent();
		assertThat(this.smallTalk.reply("谢谢你的帮助！")).hasValueSatisfying(reply -> assertThat(reply).startsWith("不客气"));
		assertThat(this.smallTalk.reply("非常感谢您们的耐心解答")).isPresent();
		assertThat(this.smallTalk.reply("好的，谢谢！")).hasValueSatisfying(reply -> assertThat(reply).startsWith("不客气"));
		assertThat(this.smallTalk.reply("谢谢，再见")).isPresent();
	}

	@Test
	void questionsAboutTheBotItselfGetTheHelpText() {
		assertThat(this.smallTalk.reply("你们这个机器人是用什么技术做的？")).contains(SmallTalk.HELP);
		assertThat(this.smallTalk.reply("机器人能听懂方言吗")).contains(SmallTalk.HELP);
		assertThat(this.smallTalk.reply("这个小助手怎么用")).contains(SmallTalk.HELP);
		assertThat(this.smallTalk.reply("机器人产业补贴政策有哪些")).as("a policy question about robots").isEmpty();
		assertThat(this.smallTalk.reply("智能助手研发有补贴吗")).isEmpty();
		assertThat(this.smallTalk.reply("智能政策问答平台什么时候建成？")).isEmpty();
	}

	@Test
	void calculationsAreOutOfScope() {
		assertThat(this.smallTalk.reply("2+3等于几？")).contains(SmallTalk.OUT_OF_SCOPE);
		assertThat(this.smallTalk.reply("12 × 7 = ?")).contains(SmallTalk.OUT_OF_SCOPE);
		assertThat(this.smallTalk.reply("100除以4是多少")).contains(SmallTalk.OUT_OF_SCOPE);
	}

	@Test
	void questionsWithNumbersAreNotSmallTalk() {
		assertThat(this.smallTalk.reply("12345热线几点上班？")).isEmpty();
		assertThat(this.smallTalk.reply("你好，我想问政府开放日多久举办一次")).isEmpty();
		assertThat(this.smallTalk.reply("2023年的要点有哪些")).isEmpty();
		assertThat(this.smallTalk.reply("谢谢，政府开放日多久一次？")).isEmpty();
	}

}
