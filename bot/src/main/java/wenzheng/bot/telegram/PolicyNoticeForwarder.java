package wenzheng.bot.telegram;

import org.springframework.context.event.EventListener;

import wenzheng.bot.subscription.PolicyNoticeDue;

/**
 * Puts a 政策找人 notice in the outbox, inside the publication's transaction, so it is sent
 * within the outbox's rate limits and only when the publication is committed.
 */
class PolicyNoticeForwarder {

	private final TelegramSender sender;

	PolicyNoticeForwarder(TelegramSender sender) {
		this.sender = sender;
	}

	@EventListener
	void on(PolicyNoticeDue notice) {
		this.sender.send(new OutgoingMessage(notice.chatId(), TelegramReplies.escape(notice.text())));
	}

}
