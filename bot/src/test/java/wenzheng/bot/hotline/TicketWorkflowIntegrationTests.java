package wenzheng.bot.hotline;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * The 12345 workflow scenarios on the embedded database, each rolled back.
 */
@HotlineJdbcTest
class TicketWorkflowIntegrationTests extends HotlineScenarios {

	@Autowired
	private TicketQueue queue;

	@Autowired
	private TicketRatings ratings;

	@Autowired
	private TicketMerging merging;

	@Autowired
	private TicketDispatch dispatch;

	@Autowired
	private CoHandling coHandling;

	@Autowired
	private HotlineFigures figures;

	@Autowired
	private DispatchCatalogue catalogue;

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private TestClock clock;

	@Override
	Hotline hotline() {
		return new Hotline(this.queue, this.ratings, this.merging, this.dispatch, this.coHandling, this.figures,
				this.catalogue,
				() -> this.events.stream()
					.map(event -> event instanceof PayloadApplicationEvent<?> payload ? payload.getPayload() : event)
					.toList(),
				null);
	}

	@Override
	TestClock clock() {
		return this.clock;
	}

}
