package wenzheng.bot.telegram;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Runs updates: those of different chats in parallel, those of one chat in the order they
 * came. A failing update is logged and never stops the others.
 */
class UpdateDispatcher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

	private final TelegramUpdateHandler handler;

	private final TelegramClient client;

	private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

	private final Map<Long, CompletableFuture<Void>> chatTails = new ConcurrentHashMap<>();

	UpdateDispatcher(TelegramUpdateHandler handler, TelegramClient client) {
		this.handler = handler;
		this.client = client;
	}

	/**
	 * Handles a batch of updates, chats in parallel and each chat's updates in order, and
	 * returns when all are handled. Long polling confirms a batch to Telegram only by
	 * asking for the next one, so a crash before this returns gets the batch delivered
	 * again; updates already handled are recognised and skipped.
	 */
	void handleAll(List<Update> updates) {
		CompletableFuture.allOf(updates.stream().map(this::submit).toArray(CompletableFuture[]::new)).join();
	}

	/**
	 * Queues an update behind the earlier ones of its chat.
	 */
	private CompletableFuture<Void> submit(Update update) {
		long chat = chatOf(update);
		CompletableFuture<Void> tail = this.chatTails.compute(chat,
				(key, previous) -> (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
					.thenRunAsync(() -> process(update), this.workers));
		tail.whenComplete((result, failure) -> this.chatTails.remove(chat, tail));
		return tail;
	}

	/**
	 * Handles an update in the calling thread.
	 */
	void process(Update update) {
		try {
			this.handler.handle(update).ifPresent(this::answerButton);
		}
		catch (RuntimeException ex) {
			log.error("Telegram update {} could not be handled", update.getUpdateId(), ex);
		}
	}

	private void answerButton(TelegramUpdateHandler.CallbackAnswer answer) {
		try {
			this.client.execute(AnswerCallbackQuery.builder()
				.callbackQueryId(answer.callbackQueryId())
				.text(answer.text())
				.build());
		}
		catch (TelegramApiException ex) {
			// The spinner on the button stops by itself; the reply itself is in the
			// outbox.
			log.warn("answerCallbackQuery {} failed: {}", answer.callbackQueryId(), ex.getMessage());
		}
	}

	private static long chatOf(Update update) {
		if (update.hasMessage()) {
			return update.getMessage().getChatId();
		}
		if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
			return update.getCallbackQuery().getMessage().getChatId();
		}
		return 0;
	}

	@Override
	public void close() throws InterruptedException {
		this.workers.shutdown();
		this.workers.awaitTermination(10, TimeUnit.SECONDS);
	}

}
