package wenzheng.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.hotline.TicketQueue;
import wenzheng.bot.subscription.Subscriptions;

/**
 * Delivers the outbox: one background thread picks due messages and sends them
 * concurrently within Telegram's limits, one message per chat at a time and in order. A
 * 429 pauses the chat for the time Telegram asks; a transient failure is retried with
 * back-off; a message that finally fails is logged and, when it carries a hotline reply,
 * recorded on the ticket.
 */
class OutboxDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	/** The longest a call to the Bot API may take. */
	static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

	/**
	 * How long a message being sent stays taken: longer than any call can take, so that
	 * only a message whose sender died (a crash) is sent again, soon after.
	 */
	private static final Duration LEASE = SEND_TIMEOUT.multipliedBy(2);

	private static final int BATCH = 200;

	/**
	 * How often the outbox is looked at when idle: other instances may have filled it.
	 */
	private static final long IDLE_WAIT_MILLIS = 1000;

	private static final long BLOCKED_WAIT_MILLIS = 20;

	private final TelegramOutbox outbox;

	private final TelegramClient client;

	private final SendPacing pacing;

	private final TicketQueue tickets;

	private final TelegramProperties properties;

	private final Clock clock;

	private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

	private final Object signal = new Object();

	private boolean signalled;

	private volatile boolean running;

	private ExecutorService senders;

	private Thread thread;

	private final Subscriptions subscriptions;

	OutboxDispatcher(TelegramOutbox outbox, TelegramClient client, SendPacing pacing, TicketQueue tickets,
			Subscriptions subscriptions, TelegramProperties properties, Clock clock) {
		this.subscriptions = subscriptions;
		this.outbox = outbox;
		this.client = client;
		this.pacing = pacing;
		this.tickets = tickets;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Says that new messages wait.
	 */
	void wake() {
		synchronized (this.signal) {
			this.signalled = true;
			this.signal.notifyAll();
		}
	}

	@Override
	public void start() {
		this.senders = Executors.newVirtualThreadPerTaskExecutor();
		this.running = true;
		this.thread = Thread.ofPlatform().name("telegram-outbox").daemon().start(this::loop);
	}

	@Override
	public void stop() {
		this.running = false;
		wake();
		try {
			this.thread.join(5000);
			this.senders.shutdown();
			this.senders.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void loop() {
		while (this.running) {
			try {
				long wait = dispatchDue();
				if (wait > 0) {
					await(wait);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("Telegram outbox could not be read; trying again", ex);
				await(IDLE_WAIT_MILLIS);
			}
		}
	}

	/**
	 * Sends what is due and returns how long to wait before looking again (0: at once).
	 */
	private long dispatchDue() throws InterruptedException {
		Instant now = this.clock.instant();
		List<TelegramOutbox.Queued> due = this.outbox.due(now, BATCH);
		boolean dispatched = false;
		for (TelegramOutbox.Queued message : due) {
			long chat = message.chatId();
			if (!this.running || this.inFlight.contains(chat) || !this.pacing.chatReady(chat)
					|| !this.outbox.claim(message, now.plus(LEASE))) {
				continue;
			}
			this.pacing.awaitSlot();
			this.inFlight.add(chat);
			this.pacing.sentTo(chat);
			this.senders.execute(() -> {
				try {
					send(message);
				}
				finally {
					this.inFlight.remove(chat);
					wake();
				}
			});
			dispatched = true;
		}
		this.pacing.forgetIdleChats();
		if (dispatched) {
			return 0;
		}
		if (!due.isEmpty()) {
			return BLOCKED_WAIT_MILLIS;
		}
		Instant next = this.outbox.nextDue();
		long untilNext = next == null ? IDLE_WAIT_MILLIS : Duration.between(now, next).toMillis();
		return Math.max(1, Math.min(IDLE_WAIT_MILLIS, untilNext));
	}

	private void send(TelegramOutbox.Queued message) {
		SendMessage request = SendMessage.builder()
			.chatId(message.chatId())
			.text(message.html())
			.parseMode(ParseMode.HTML)
			.replyMarkup(this.outbox.keyboard(message.keyboard()))
			.build();
		try {
			this.client.execute(request);
			this.outbox.sent(message.id(), this.clock.instant());
			if (message.ticketNumber() != null) {
				this.tickets.recordDelivery(message.ticketNumber(), Inquiry.TELEGRAM, true, null);
			}
		}
		catch (TelegramApiRequestException ex) {
			Integer code = ex.getErrorCode();
			if (code != null && code == 429) {
				tooManyRequests(message, ex);
			}
			else if (code != null && code >= 400 && code < 500) {
				fail(message, message.attempts() + 1, "Telegram 拒绝了该消息（" + code + "）：" + ex.getApiResponse());
				if (code == 403) {
					blocked(message.chatId());
				}
			}
			else {
				retryLater(message, ex);
			}
		}
		catch (TelegramApiException | RuntimeException ex) {
			retryLater(message, ex);
		}
	}

	private void tooManyRequests(TelegramOutbox.Queued message, TelegramApiRequestException ex) {
		Integer retryAfter = ex.getParameters() == null ? null : ex.getParameters().getRetryAfter();
		int seconds = retryAfter == null || retryAfter < 1 ? 1 : retryAfter;
		Duration pause = Duration.ofSeconds(seconds);
		log.warn("Telegram asked to wait {} s before writing to chat {} again", seconds, message.chatId());
		this.pacing.pauseChat(message.chatId(), pause);
		this.outbox.retryAt(message.id(), this.clock.instant().plus(pause), message.attempts(),
				"429 retry_after " + seconds);
	}

	private void retryLater(TelegramOutbox.Queued message, Exception ex) {
		int attempts = message.attempts() + 1;
		String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		if (attempts >= this.properties.maxAttempts()) {
			fail(message, attempts, "多次发送失败：" + error);
			return;
		}
		Duration wait = this.properties.backoff(attempts);
		log.warn("Telegram message {} to chat {} failed (attempt {}), retrying in {} ms: {}", message.id(),
				message.chatId(), attempts, wait.toMillis(), error);
		this.outbox.retryAt(message.id(), this.clock.instant().plus(wait), attempts, error);
	}

	private void fail(TelegramOutbox.Queued message, int attempts, String error) {
		log.error("Telegram message {} to chat {} could not be delivered after {} attempts: {}", message.id(),
				message.chatId(), attempts, error);
		this.outbox.failed(message.id(), attempts, error);
		if (message.ticketNumber() != null) {
			this.tickets.recordDelivery(message.ticketNumber(), Inquiry.TELEGRAM, false, error);
		}
	}

	/**
	 * The citizen blocked the bot: subscriptions are personal data kept only to write to
	 * the chat, so they go.
	 */
	private void blocked(long chatId) {
		int forgotten = this.subscriptions.forget(chatId);
		if (forgotten > 0) {
			log.info("Chat {} blocked the bot: {} subscriptions deleted", chatId, forgotten);
		}
	}

	private void await(long millis) {
		synchronized (this.signal) {
			if (!this.signalled) {
				try {
					this.signal.wait(millis);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					this.running = false;
				}
			}
			this.signalled = false;
		}
	}

}
