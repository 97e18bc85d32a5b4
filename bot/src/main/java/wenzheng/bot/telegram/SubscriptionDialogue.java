package wenzheng.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import wenzheng.bot.subscription.Subscription;
import wenzheng.bot.subscription.Subscriptions;

/**
 * 政策找人 in a chat: /subscribe offers the places as buttons, then takes the next message as
 * the topic; /subscriptions lists them; /unsubscribe offers each one, and all, as
 * buttons.
 */
class SubscriptionDialogue {

	static final String NO_SUBSCRIPTIONS = "您还没有订阅。发送 /subscribe 订阅某地某方面的新政策，有新政策发布时我会通知您。";

	private final Subscriptions subscriptions;

	private final TelegramSender sender;

	SubscriptionDialogue(Subscriptions subscriptions, TelegramSender sender) {
		this.subscriptions = subscriptions;
		this.sender = sender;
	}

	void start(long chat) {
		List<InlineKeyboardRow> rows = new ArrayList<>();
		for (String place : this.subscriptions.places()) {
			rows.add(new InlineKeyboardRow(TelegramReplies.button(place, CallbackData.subscribePlace(place))));
		}
		send(chat, "政策找人：请选择您关心的地区。", new InlineKeyboardMarkup(rows));
	}

	/**
	 * The place was chosen; the topic comes next.
	 */
	String placeChosen(long chat, String place) {
		if (!this.subscriptions.choosePlace(chat, place)) {
			return "该地区不可选";
		}
		send(chat, "已选择“" + place + "”。请发送您关心的主题，几个词即可，例如“养老补贴”“政府信息公开”。发送 /cancel 取消。", null);
		return "已选择" + place;
	}

	/**
	 * Takes the message as the topic when the chat is choosing one; false otherwise.
	 */
	boolean takeTopic(long chat, String text) {
		Optional<String> place = this.subscriptions.pendingPlace(chat);
		if (place.isEmpty()) {
			return false;
		}
		if (text.length() > Subscriptions.MAX_TOPIC) {
			send(chat, "主题请控制在" + Subscriptions.MAX_TOPIC + "字以内，几个词即可。发送 /cancel 取消。", null);
			return true;
		}
		try {
			Subscription subscription = this.subscriptions.subscribe(chat, text);
			int days = this.subscriptions.retentionDays();
			send(chat, "已订阅：" + subscription.label() + "。有相关的新政策发布时我会通知您（每天最多3条）。"
					+ (days > 0 ? "订阅保留" + days + "天，到期后可重新订阅。" : "") + "\n/subscriptions 查看订阅，/unsubscribe 取消订阅。",
					null);
		}
		catch (IllegalStateException ex) {
			send(chat, ex.getMessage(), null);
		}
		return true;
	}

	void cancel(long chat) {
		this.subscriptions.cancelDraft(chat);
		send(chat, "已取消。", null);
	}

	void list(long chat) {
		List<Subscription> all = this.subscriptions.of(chat);
		if (all.isEmpty()) {
			send(chat, NO_SUBSCRIPTIONS, null);
			return;
		}
		StringBuilder text = new StringBuilder("您的订阅：");
		for (int i = 0; i < all.size(); i++) {
			text.append("\n").append(i + 1).append(". ").append(all.get(i).label());
		}
		send(chat, text.append("\n取消请发送 /unsubscribe。").toString(), null);
	}

	void offerUnsubscribe(long chat) {
		List<Subscription> all = this.subscriptions.of(chat);
		if (all.isEmpty()) {
			send(chat, NO_SUBSCRIPTIONS, null);
			return;
		}
		List<InlineKeyboardRow> rows = new ArrayList<>();
		for (Subscription subscription : all) {
			rows.add(new InlineKeyboardRow(TelegramReplies.button("取消：" + subscription.label(),
					CallbackData.unsubscribe(Long.toString(subscription.id())))));
		}
		rows.add(new InlineKeyboardRow(TelegramReplies.button("全部取消", CallbackData.unsubscribe("all"))));
		send(chat, "请选择要取消的订阅：", new InlineKeyboardMarkup(rows));
	}

	String unsubscribe(long chat, String which) {
		if ("all".equals(which)) {
			this.subscriptions.forget(chat);
			return "已取消全部订阅";
		}
		return this.subscriptions.unsubscribe(chat, Long.parseLong(which)) ? "已取消该订阅" : "该订阅已不存在";
	}

	private void send(long chat, String text, InlineKeyboardMarkup keyboard) {
		this.sender.send(new OutgoingMessage(chat, TelegramReplies.escape(text), keyboard, null));
	}

}
