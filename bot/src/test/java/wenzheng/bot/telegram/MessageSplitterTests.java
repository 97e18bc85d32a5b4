package wenzheng.bot.telegram;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parts fit Telegram's limit as sent (HTML-escaped), and nothing of the text is lost.
 */
class MessageSplitterTests {

	@Test
	void aReplyOfCharactersThatGrowWhenEscapedIsCutByItsEscapedLength() {
		for (String text : new String[] { "\"".repeat(2000), "&".repeat(2000), "<".repeat(1999) + "。",
				"答复".repeat(1000) + "\"".repeat(1000) }) {
			List<String> parts = MessageSplitter.split(text, MessageSplitter.MAX_PART - 1000);
			assertThat(parts).allSatisfy(part -> assertThat(TelegramReplies.escape(part).length())
				.isLessThanOrEqualTo(MessageSplitter.MAX_PART - 1000));
			assertThat(String.join("", parts)).isEqualTo(text);
		}
	}

	@Test
	void aShortReplyStaysWhole() {
		assertThat(MessageSplitter.split("您好，已安排。", 100)).containsExactly("您好，已安排。");
	}

}
