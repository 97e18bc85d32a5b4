package wenzheng.bot.telegram;

import java.time.Clock;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import wenzheng.bot.system.RateLimits;
import wenzheng.bot.conversation.ConversationService;
import wenzheng.bot.hotline.TicketQueue;
import wenzheng.bot.subscription.Subscriptions;
import wenzheng.bot.hotline.TicketRatings;
import wenzheng.bot.knowledgebase.KnowledgeBase;

/**
 * The Telegram channel, built only when a bot token is configured. Without a webhook
 * address it polls; with one it registers the webhook and serves
 * {@value TelegramWebhookController#PATH}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "wenzheng.telegram", name = "token")
class TelegramConfiguration {

	/**
	 * telegrambots' own JSON mapping (its types carry the annotations), kept apart from
	 * the application's ObjectMapper and tolerant of fields newer Bot API versions add.
	 */
	static final ObjectMapper TELEGRAM_JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	@Bean
	TelegramClient telegramClient(TelegramProperties properties) {
		if (properties.token().isBlank()) {
			throw new IllegalStateException("wenzheng.telegram.token is empty; remove it to switch Telegram off");
		}
		if (properties.webhook() && !validSecret(properties.webhookSecret())) {
			throw new IllegalStateException("wenzheng.telegram.webhook-secret must be set with a webhook: "
					+ "1-256 characters A-Z, a-z, 0-9, _ and -");
		}
		return new OkHttpTelegramClient(TELEGRAM_JSON,
				new OkHttpClient.Builder().callTimeout(OutboxDispatcher.SEND_TIMEOUT).build(), properties.token(),
				properties.telegramUrl());
	}

	@Bean
	TelegramOutbox telegramOutbox(JdbcClient jdbc) {
		return new TelegramOutbox(jdbc, TELEGRAM_JSON);
	}

	/**
	 * The outbox as monitoring sees it: messages waiting to be sent and messages given up
	 * on.
	 */
	@Bean
	MeterBinder telegramOutboxMetrics(TelegramOutbox outbox) {
		return registry -> {
			Gauge.builder("wenzheng.telegram.outbox.backlog", outbox, TelegramOutbox::backlog)
				.description("Telegram messages waiting to be sent")
				.register(registry);
			Gauge.builder("wenzheng.telegram.outbox.failed", outbox, TelegramOutbox::failedCount)
				.description("Telegram messages that could not be sent after every attempt")
				.register(registry);
		};
	}

	@Bean
	OutboxDispatcher telegramOutboxDispatcher(TelegramOutbox outbox, TelegramClient client, TicketQueue tickets,
			Subscriptions subscriptions, TelegramProperties properties, Clock clock) {
		SendPacing pacing = new SendPacing(properties.messagesPerSecond(), properties.chatInterval(), clock);
		return new OutboxDispatcher(outbox, client, pacing, tickets, subscriptions, properties, clock);
	}

	@Bean
	TelegramSender telegramSender(TelegramOutbox outbox, OutboxDispatcher dispatcher, Clock clock) {
		return new TelegramSender(outbox, dispatcher, clock);
	}

	@Bean
	TelegramUpdateHandler telegramUpdateHandler(ConversationService conversation, KnowledgeBase knowledgeBase,
			TelegramSender sender, TicketRatings ratings, JdbcClient jdbc, RateLimits limits, Clock clock,
			Subscriptions subscriptions) {
		return new TelegramUpdateHandler(conversation, knowledgeBase, sender, ratings, new ReceivedUpdates(jdbc),
				limits, clock, new SubscriptionDialogue(subscriptions, sender));
	}

	@Bean
	UpdateDispatcher telegramUpdateDispatcher(TelegramUpdateHandler handler, TelegramClient client) {
		return new UpdateDispatcher(handler, client);
	}

	@Bean
	StaffReplyForwarder telegramStaffReplyForwarder(TelegramSender sender) {
		return new StaffReplyForwarder(sender);
	}

	@Bean
	PolicyNoticeForwarder telegramPolicyNoticeForwarder(TelegramSender sender) {
		return new PolicyNoticeForwarder(sender);
	}

	@Bean
	SmartLifecycle telegramUpdates(TelegramProperties properties, TelegramClient client, UpdateDispatcher dispatcher) {
		return properties.webhook() ? new WebhookChannel(properties, client)
				: new LongPollingChannel(properties, dispatcher);
	}

	private static boolean validSecret(String secret) {
		return secret != null && secret.matches("[A-Za-z0-9_-]{1,256}");
	}

}
