package wenzheng.bot.telegram;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import wenzheng.bot.system.RateLimited;
import wenzheng.bot.system.RateLimits;
import wenzheng.bot.conversation.BotReply;
import wenzheng.bot.conversation.ConversationService;
import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.hotline.TicketConflict;
import wenzheng.bot.hotline.TicketNotFound;
import wenzheng.bot.hotline.TicketRatings;
import wenzheng.bot.hotline.TicketRating;
import wenzheng.bot.knowledgebase.KnowledgeBase;

/**
 * Handles one update in one transaction: records it (a duplicate stops here), works out
 * the reply and puts the messages in the outbox, so that an update is either fully
 * handled or not at all.
 */
class TelegramUpdateHandler {

	private static final Logger log = LoggerFactory.getLogger(TelegramUpdateHandler.class);

	static final String NOT_TEXT = "目前我只能回答文字问题，请用文字描述您想咨询的政策问题。需要人工服务请发送 /human。";

	static final String EMPTY = "请输入您想咨询的政策问题。";

	static final String HELP = """
			直接发送您的问题即可，例如“政府信息公开申请多久答复？”。
			我会根据政策文件原文回答，并注明出处。
			/start 查看欢迎信息
			/help 查看使用说明
			/human 或发送“转人工”：转交热线工作人员处理
			/subscribe 订阅某地某方面的新政策（政策找人）
			/subscriptions 查看订阅，/unsubscribe 取消订阅""";

	private final ConversationService conversation;

	private final KnowledgeBase knowledgeBase;

	private final TelegramSender sender;

	private final TicketRatings ratings;

	private final ReceivedUpdates received;

	private final RateLimits limits;

	private final Clock clock;

	private final SubscriptionDialogue subscriptions;

	TelegramUpdateHandler(ConversationService conversation, KnowledgeBase knowledgeBase, TelegramSender sender,
			TicketRatings ratings, ReceivedUpdates received, RateLimits limits, Clock clock,
			SubscriptionDialogue subscriptions) {
		this.subscriptions = subscriptions;
		this.limits = limits;
		this.conversation = conversation;
		this.knowledgeBase = knowledgeBase;
		this.sender = sender;
		this.ratings = ratings;
		this.received = received;
		this.clock = clock;
	}

	/**
	 * Handles the update and returns the notice for the button press it carries, if any,
	 * to be shown once the transaction is committed.
	 */
	@Transactional
	public Optional<CallbackAnswer> handle(Update update) {
		if (!this.received.firstTime(update.getUpdateId(), this.clock.instant())) {
			log.debug("Update {} was handled before", update.getUpdateId());
			return Optional.empty();
		}
		if (update.hasMessage()) {
			onMessage(update.getMessage());
		}
		else if (update.hasCallbackQuery()) {
			return Optional.of(onButton(update.getCallbackQuery()));
		}
		else {
			// Edited messages, channel posts and the rest: the original message was
			// answered,
			// and the bot serves private chats only.
			log.debug("Update {} ignored: not a new message or button press", update.getUpdateId());
		}
		return Optional.empty();
	}

	private void onMessage(Message message) {
		if (message.getChat() == null) {
			log.debug("Message without a chat ignored");
			return;
		}
		if (!message.isUserMessage()) {
			log.debug("Message in non-private chat {} ignored", message.getChatId());
			return;
		}
		long chat = message.getChatId();
		if (!message.hasText()) {
			say(chat, NOT_TEXT);
			return;
		}
		String text = message.getText().strip();
		try {
			this.limits.chat(chat);
		}
		catch (RateLimited ex) {
			if (this.limits.noticeDue(chat)) {
				say(chat, ex.getMessage());
			}
			return;
		}
		if (text.isEmpty()) {
			say(chat, EMPTY);
		}
		else if (text.length() > ConversationService.MAX_QUESTION_LENGTH) {
			say(chat,
					"您的消息有%d字，太长了。请把问题精简到%d字以内再发送。".formatted(text.length(), ConversationService.MAX_QUESTION_LENGTH));
		}
		else if (text.startsWith("/")) {
			onCommand(chat, text);
		}
		else if (this.subscriptions.takeTopic(chat, text)) {
			return;
		}
		else {
			reply(chat, this.conversation.reply(new Inquiry(text, session(chat), Inquiry.TELEGRAM)));
		}
	}

	private void onCommand(long chat, String text) {
		String command = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		int at = command.indexOf('@');
		switch (at < 0 ? command : command.substring(0, at)) {
			case "/start" -> say(chat, welcome());
			case "/help" -> say(chat, HELP);
			case "/human" -> handOver(chat);
			case "/subscribe" -> this.subscriptions.start(chat);
			case "/subscriptions" -> this.subscriptions.list(chat);
			case "/unsubscribe" -> this.subscriptions.offerUnsubscribe(chat);
			case "/cancel" -> this.subscriptions.cancel(chat);
			default -> say(chat, "不认识这个命令。\n" + HELP);
		}
	}

	private CallbackAnswer onButton(CallbackQuery query) {
		MaybeInaccessibleMessage message = query.getMessage();
		if (message == null) {
			return new CallbackAnswer(query.getId(), "该按钮已失效");
		}
		long chat = message.getChatId();
		return switch (CallbackData.parse(query.getData())) {
			case CallbackData.Feedback feedback -> {
				boolean known = this.conversation.feedback(Inquiry.TELEGRAM, session(chat), feedback.turnId(),
						feedback.helpful(), null);
				yield new CallbackAnswer(query.getId(),
						!known ? "该回答已无法评价" : feedback.helpful() ? "感谢您的反馈！" : "感谢反馈，我们会改进。需要人工帮助请点“转人工”。");
			}
			case CallbackData.Human human -> {
				handOver(chat);
				yield new CallbackAnswer(query.getId(), "已为您转人工");
			}
			case CallbackData.Option option -> {
				reply(chat, this.conversation.reply(new Inquiry(option.text(), session(chat), Inquiry.TELEGRAM)));
				yield new CallbackAnswer(query.getId(), null);
			}
			case CallbackData.Rating rating -> new CallbackAnswer(query.getId(), rate(chat, rating));
			case CallbackData.SubscribePlace place ->
				new CallbackAnswer(query.getId(), this.subscriptions.placeChosen(chat, place.place()));
			case CallbackData.Unsubscribe unsubscribe ->
				new CallbackAnswer(query.getId(), this.subscriptions.unsubscribe(chat, unsubscribe.which()));
			case CallbackData.Unknown unknown -> new CallbackAnswer(query.getId(), "无法识别的操作");
		};
	}

	private String rate(long chat, CallbackData.Rating rating) {
		try {
			this.ratings.rate(rating.ticketNumber(), session(chat), TicketRating.of(rating.level()));
		}
		catch (TicketConflict | TicketNotFound ex) {
			return "该答复已评价或无法评价";
		}
		if (!TicketRating.of(rating.level()).poor()) {
			return "感谢您的评价！";
		}
		say(chat, "已收到您的评价，工单 " + rating.ticketNumber() + " 已重新交给热线工作人员处理，工作人员会回访您。");
		return "已重新交办";
	}

	private void handOver(long chat) {
		reply(chat, this.conversation.handOver(session(chat), Inquiry.TELEGRAM));
	}

	private void reply(long chat, BotReply reply) {
		TelegramReplies.render(chat, reply).forEach(this.sender::send);
	}

	private void say(long chat, String text) {
		this.sender.send(new OutgoingMessage(chat, TelegramReplies.escape(text)));
	}

	private String welcome() {
		List<String> places = this.knowledgeBase.isReady()
				? List.copyOf(this.knowledgeBase.answerer().places().jurisdictions()) : List.of();
		String scope = places.isEmpty() ? "" : "，涉及" + String.join("、", places);
		return "您好！我是政策问答机器人，可以根据已收录的%d份政策文件%s回答您的问题，并注明出处。\n回答不了的问题我会转给热线工作人员。\n\n%s"
			.formatted(this.knowledgeBase.documentCount(), scope, HELP);
	}

	/**
	 * The conversation id of a chat, shared with the hotline so staff replies find their
	 * way back.
	 */
	static String session(long chat) {
		return "tg:" + chat;
	}

	/**
	 * The notice to show for a button press.
	 *
	 * @param callbackQueryId the press
	 * @param text the notice, or {@code null} for none
	 */
	record CallbackAnswer(String callbackQueryId, String text) {

	}

}
