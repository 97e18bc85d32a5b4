package wenzheng.bot.hotline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The queue as monitoring sees it: tickets waiting for a reply and those past their due
 * time, read from the database at each scrape (the same on every instance).
 */
@Component
class HotlineMetrics implements MeterBinder {

	private final TicketQueue queue;

	HotlineMetrics(TicketQueue queue) {
		this.queue = queue;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("wenzheng.tickets.open", this.queue, TicketQueue::openCount)
			.description("Tickets waiting for a staff reply (new, claimed, or returned for reassignment)")
			.register(registry);
		Gauge.builder("wenzheng.tickets.overdue", this.queue, TicketQueue::overdueCount)
			.description("Open tickets past their due time")
			.register(registry);
	}

}
