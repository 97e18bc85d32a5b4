package wenzheng.bot.conversation;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * What citizens ask and how the bot replies, for monitoring: questions by reply type and
 * channel, the time to a reply (a histogram, by reply type) and the confidence of
 * replies.
 */
@Component
class AnswerMetrics {

	private static final double[] CONFIDENCE_BUCKETS = { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0 };

	private final MeterRegistry registry;

	AnswerMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void replied(Inquiry inquiry, BotReply reply, Duration took) {
		String type = reply.type().name();
		Counter.builder("wenzheng.questions")
			.description("Questions by reply type and channel")
			.tag("type", type)
			.tag("channel", inquiry.channel())
			.register(this.registry)
			.increment();
		Timer.builder("wenzheng.answer.latency")
			.description("Time from a question to the bot's reply, the turn stored")
			.tag("type", type)
			.publishPercentileHistogram()
			.maximumExpectedValue(Duration.ofSeconds(10))
			.register(this.registry)
			.record(took);
		DistributionSummary.builder("wenzheng.answer.confidence")
			.description("Confidence of the bot's replies")
			.tag("type", type)
			.serviceLevelObjectives(CONFIDENCE_BUCKETS)
			.register(this.registry)
			.record(reply.confidence());
	}

}
