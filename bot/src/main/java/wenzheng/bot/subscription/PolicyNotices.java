package wenzheng.bot.subscription;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import wenzheng.knowledge.faq.FaqEntry;

/**
 * Tells subscribers of a new publication that concerns them: one notice per chat however
 * many of its subscriptions match, at most {@value #DAILY_CAP} a day per chat (Beijing
 * time), each chat once per publication. The notices go out through the Telegram outbox
 * and its rate limits. Retirements are never announced.
 */
@Service
public class PolicyNotices {

	static final int DAILY_CAP = 3;

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final SubscriptionRepository subscriptions;

	private final TopicMatcher matcher;

	private final Publications publications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PolicyNotices(SubscriptionRepository subscriptions, TopicMatcher matcher, Publications publications,
			ApplicationEventPublisher events, Clock clock) {
		this.subscriptions = subscriptions;
		this.matcher = matcher;
		this.publications = publications;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * How many chats publishing the document would reach.
	 */
	public int reachOfDocument(String id) {
		return this.publications.ofDocument(id).map(this::matching).map(Map::size).orElse(0);
	}

	public int reachOfFaq(FaqEntry entry) {
		return matching(Publications.of(entry)).size();
	}

	/**
	 * Tells the subscribers of a just published document; returns how many were told.
	 */
	@Transactional
	public int documentPublished(String id) {
		return this.publications.ofDocument(id).map(this::announce).orElse(0);
	}

	@Transactional
	public int faqPublished(FaqEntry entry) {
		return announce(Publications.of(entry));
	}

	private int announce(Publication publication) {
		Instant now = this.clock.instant();
		Instant today = LocalDate.now(this.clock.withZone(BEIJING)).atStartOfDay(BEIJING).toInstant();
		int told = 0;
		for (Map.Entry<Long, Subscription> chat : matching(publication).entrySet()) {
			long chatId = chat.getKey();
			if (this.subscriptions.noticesSince(chatId, today) >= DAILY_CAP
					|| !this.subscriptions.recordNotice(chatId, publication.key(), now)) {
				continue;
			}
			this.events.publishEvent(new PolicyNoticeDue(chatId, notice(chat.getValue(), publication)));
			told++;
		}
		return told;
	}

	/**
	 * The first matching subscription of each chat.
	 */
	private Map<Long, Subscription> matching(Publication publication) {
		Map<Long, Subscription> chats = new LinkedHashMap<>();
		for (Subscription subscription : this.subscriptions.all()) {
			if (!chats.containsKey(subscription.chatId())
					&& this.matcher.matches(subscription, publication.place(), publication.text())) {
				chats.put(subscription.chatId(), subscription);
			}
		}
		return chats;
	}

	static String notice(Subscription subscription, Publication publication) {
		return """
				【政策找人】您订阅的“%s”有新政策：
				《%s》
				%s
				想了解详情，请直接向我提问，例如“%s有哪些规定？”。
				查看订阅请发送 /subscriptions，退订请发送 /unsubscribe。""".formatted(subscription.label(), publication.title(),
				publication.summary(), publication.title());
	}

}
