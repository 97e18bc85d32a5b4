package wenzheng.bot.telegram;

import java.util.List;

import org.junit.jupiter.api.Test;

import wenzheng.bot.conversation.BotReply;
import wenzheng.bot.conversation.ReplyType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How replies look in Telegram: escaped, split below the limit, with the right buttons.
 */
class TelegramRenderingTests {

	@Test
	void escapesEverythingThatCouldBeMarkup() {
		BotReply reply = new BotReply(ReplyType.ANSWER, "<script>alert('x')</script> & <b>粗体</b>", 0.9, List.of(),
				List.of(), null, 7L);
		String html = TelegramReplies.render(1, reply).get(0).html();
		assertThat(html).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;").contains("&amp;");
	}

	@Test
	void answersCarryFeedbackAndHandOverButtonsOnTheirLastPart() {
		BotReply reply = new BotReply(ReplyType.ANSWER, "第一段。".repeat(1500), 0.9, List.of(), List.of(), null, 42L);
		List<OutgoingMessage> messages = TelegramReplies.render(9, reply);
		assertThat(messages).hasSizeGreaterThan(1);
		assertThat(messages).allSatisfy(message -> assertThat(message.html().length()).isLessThanOrEqualTo(4096));
		assertThat(messages.subList(0, messages.size() - 1))
			.allSatisfy(message -> assertThat(message.keyboard()).isNull());
		List<String> data = callbackData(messages.get(messages.size() - 1));
		assertThat(data).containsExactly("fb:1:42", "fb:0:42", "human");
	}

	@Test
	void clarifyingQuestionsOfferThePlacesAsButtons() {
		BotReply reply = new BotReply(ReplyType.CLARIFY, "请问您想了解哪个地区的？", 0.7, List.of(), List.of("甲市", "乙县"), null, 3L);
		List<String> data = callbackData(TelegramReplies.render(9, reply).get(0));
		assertThat(data).containsExactly("opt:甲市", "opt:乙县", "human");
	}

	@Test
	void theTicketNumberOfAHandOverStandsOut() {
		BotReply reply = new BotReply(ReplyType.ESCALATED, "已转交，工单号：RX-20261123-0001。", 0, List.of(), List.of(),
				"RX-20261123-0001", 5L);
		OutgoingMessage message = TelegramReplies.render(9, reply).get(0);
		assertThat(message.html()).contains("<b>RX-20261123-0001</b>");
		assertThat(message.keyboard()).isNull();
	}

	@Test
	void splitsAtParagraphsLinesOrSentencesAndNeverInsideASurrogatePair() {
		String text = ("一句话。".repeat(600) + "\n\n").repeat(3);
		List<String> parts = MessageSplitter.split(text, 4000);
		assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4000));
		assertThat(String.join("", parts)).isEqualTo(text.replace("\n", ""));

		String emoji = "😀".repeat(3000);
		List<String> emojiParts = MessageSplitter.split(emoji, 4001);
		assertThat(emojiParts)
			.allSatisfy(part -> assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse());
		assertThat(String.join("", emojiParts)).isEqualTo(emoji);
	}

	@Test
	void callbackDataRoundTripsAndStaysWithinTelegramsLimit() {
		assertThat(CallbackData.parse(CallbackData.feedback(123, true)))
			.isEqualTo(new CallbackData.Feedback(123, true));
		assertThat(CallbackData.parse(CallbackData.feedback(9, false))).isEqualTo(new CallbackData.Feedback(9, false));
		assertThat(CallbackData.parse(CallbackData.subscribePlace("洮北区")))
			.isEqualTo(new CallbackData.SubscribePlace("洮北区"));
		assertThat(CallbackData.parse(CallbackData.unsubscribe("42"))).isEqualTo(new CallbackData.Unsubscribe("42"));
		assertThat(CallbackData.parse(CallbackData.unsubscribe("all"))).isEqualTo(new CallbackData.Unsubscribe("all"));
		assertThat(CallbackData.parse("us:everything")).isInstanceOf(CallbackData.Unknown.class);
		assertThat(CallbackData.subscribePlace("很长的地区名".repeat(10)).getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.hasSizeLessThanOrEqualTo(CallbackData.MAX_BYTES);
		assertThat(CallbackData.parse(CallbackData.human())).isEqualTo(new CallbackData.Human());
		assertThat(CallbackData.parse(CallbackData.option("洮北区"))).isEqualTo(new CallbackData.Option("洮北区"));
		String longOption = CallbackData.option("很长的地名".repeat(20));
		assertThat(longOption.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
		assertThat(CallbackData.parse("fb:1:abc")).isInstanceOf(CallbackData.Unknown.class);
		assertThat(CallbackData.parse("fb:1:99999999999999999999")).isInstanceOf(CallbackData.Unknown.class);
		assertThat(CallbackData.parse(CallbackData.rating("RX-20261123-0007", 1)))
			.isEqualTo(new CallbackData.Rating("RX-20261123-0007", 1));
		assertThat(CallbackData.parse(CallbackData.rating("RX-20261123-0007", 5)))
			.isEqualTo(new CallbackData.Rating("RX-20261123-0007", 5));
		// The 满意/不满意 buttons of replies sent before the five levels still count.
		assertThat(CallbackData.parse("rate:1:RX-20261123-0007"))
			.isEqualTo(new CallbackData.Rating("RX-20261123-0007", 4));
		assertThat(CallbackData.parse("rate:0:RX-20261123-0007"))
			.isEqualTo(new CallbackData.Rating("RX-20261123-0007", 2));
		assertThat(CallbackData.parse("rl:6:RX-20261123-0007")).isInstanceOf(CallbackData.Unknown.class);
		assertThat(CallbackData.parse("rl:0:RX-20261123-0007")).isInstanceOf(CallbackData.Unknown.class);
		assertThat(CallbackData.parse("rate:1:<script>")).isInstanceOf(CallbackData.Unknown.class);
		assertThat(CallbackData.parse(null)).isInstanceOf(CallbackData.Unknown.class);
		assertThat(CallbackData.parse("opt:")).isInstanceOf(CallbackData.Unknown.class);
	}

	private static List<String> callbackData(OutgoingMessage message) {
		return message.keyboard()
			.getKeyboard()
			.stream()
			.flatMap(List::stream)
			.map(button -> button.getCallbackData())
			.toList();
	}

}
