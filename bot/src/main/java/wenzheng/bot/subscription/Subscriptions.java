package wenzheng.bot.subscription;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import wenzheng.bot.knowledgebase.KnowledgeBase;

/**
 * A chat's subscriptions: choosing a place, then a topic, listing and cancelling them,
 * and forgetting everything about a chat that blocked the bot.
 */
@Service
public class Subscriptions {

	/** The most subscriptions one chat keeps. */
	public static final int MAX_PER_CHAT = 10;

	/** The longest topic, in characters: a few words. */
	public static final int MAX_TOPIC = 20;

	/** How long a chosen place waits for its topic. */
	private static final Duration DRAFT_LIFETIME = Duration.ofHours(1);

	private final SubscriptionRepository repository;

	private final KnowledgeBase knowledgeBase;

	private final Clock clock;

	private final int retentionDays;

	Subscriptions(SubscriptionRepository repository, KnowledgeBase knowledgeBase, Clock clock,
			@Value("${wenzheng.retention.days:0}") int retentionDays) {
		this.repository = repository;
		this.knowledgeBase = knowledgeBase;
		this.clock = clock;
		this.retentionDays = retentionDays;
	}

	/**
	 * How many days a subscription is kept, 0 for as long as the chat keeps it.
	 */
	public int retentionDays() {
		return this.retentionDays;
	}

	/**
	 * The places a chat may choose: those the knowledge base covers, and every place.
	 */
	public List<String> places() {
		List<String> places = this.knowledgeBase.isReady()
				? new ArrayList<>(this.knowledgeBase.answerer().places().jurisdictions()) : new ArrayList<>();
		places.sort(null);
		places.add(Subscription.ANY_PLACE);
		return places;
	}

	/**
	 * Remembers the chosen place until the topic comes; false for an unknown place.
	 */
	@Transactional
	public boolean choosePlace(long chatId, String place) {
		if (!places().contains(place)) {
			return false;
		}
		this.repository.saveDraft(chatId, place, this.clock.instant());
		return true;
	}

	/**
	 * The place chosen by a /subscribe waiting for its topic.
	 */
	public Optional<String> pendingPlace(long chatId) {
		return this.repository.draftPlace(chatId, this.clock.instant().minus(DRAFT_LIFETIME));
	}

	/**
	 * Subscribes the chat to the chosen place and the topic.
	 * @throws IllegalStateException when no place is chosen or the chat has too many
	 */
	@Transactional
	public Subscription subscribe(long chatId, String topic) {
		String place = pendingPlace(chatId).orElseThrow(() -> new IllegalStateException("请先发送 /subscribe 选择地区"));
		if (this.repository.byChat(chatId).size() >= MAX_PER_CHAT) {
			throw new IllegalStateException("每人最多订阅" + MAX_PER_CHAT + "项，请先用 /unsubscribe 取消一些");
		}
		this.repository.removeDraft(chatId);
		long id = this.repository.add(chatId, place, topic.strip(), this.clock.instant());
		return of(chatId).stream().filter(subscription -> subscription.id() == id).findFirst().orElseThrow();
	}

	public void cancelDraft(long chatId) {
		this.repository.removeDraft(chatId);
	}

	public List<Subscription> of(long chatId) {
		return this.repository.byChat(chatId);
	}

	@Transactional
	public boolean unsubscribe(long chatId, long id) {
		return this.repository.remove(chatId, id);
	}

	/**
	 * Deletes everything kept about the chat (/unsubscribe all, or the chat blocked the
	 * bot); returns how many subscriptions went.
	 */
	@Transactional
	public int forget(long chatId) {
		return this.repository.forget(chatId);
	}

}
