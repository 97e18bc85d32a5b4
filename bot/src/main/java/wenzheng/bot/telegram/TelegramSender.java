package wenzheng.bot.telegram;

import java.time.Clock;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts messages in the outbox, inside the caller's transaction, and wakes the dispatcher
 * once they are committed.
 */
class TelegramSender {

	private final TelegramOutbox outbox;

	private final OutboxDispatcher dispatcher;

	private final Clock clock;

	TelegramSender(TelegramOutbox outbox, OutboxDispatcher dispatcher, Clock clock) {
		this.outbox = outbox;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	void send(OutgoingMessage message) {
		this.outbox.enqueue(message, this.clock.instant());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					TelegramSender.this.dispatcher.wake();
				}
			});
		}
		else {
			this.dispatcher.wake();
		}
	}

}
