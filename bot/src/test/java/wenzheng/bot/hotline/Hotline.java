package wenzheng.bot.hotline;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The hotline's services together, as the scenarios use them, and the events they
 * published.
 */
record Hotline(TicketQueue queue, TicketRatings ratings, TicketMerging merging, TicketDispatch dispatch,
		CoHandling coHandling, HotlineFigures figures, DispatchCatalogue catalogue, Supplier<List<Object>> events,
		AnnotationConfigApplicationContext context) implements AutoCloseable {

	/**
	 * The hotline of one app instance on the given database: its own Spring context with
	 * transactions, as the app has.
	 */
	static Hotline on(DataSource dataSource, Clock clock) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		List<Object> events = new CopyOnWriteArrayList<>();
		context.registerBean(DataSource.class, () -> dataSource);
		context.registerBean(JdbcClient.class, () -> JdbcClient.create(dataSource));
		context.registerBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(dataSource));
		context.registerBean(ObjectMapper.class, () -> new ObjectMapper());
		context.registerBean(Clock.class, () -> clock);
		context.registerBean(HotlineProperties.class,
				() -> new HotlineProperties(ZoneId.of("Asia/Shanghai"), Map.of(), 5, 3, 2));
		context.addApplicationListener(
				(ApplicationListener<PayloadApplicationEvent<?>>) event -> events.add(event.getPayload()));
		context.register(Transactions.class, TicketQueue.class, TicketRepository.class, TicketEvents.class,
				WorkingCalendar.class, CalendarRepository.class, DispatchCatalogue.class, DispatchRuleRepository.class,
				MergeRepository.class, TicketRatings.class, RatingRepository.class, TicketMerging.class,
				SimilarTickets.class, TicketDispatch.class, CoHandling.class, PartRepository.class,
				HotlineFigures.class);
		context.refresh();
		return new Hotline(context.getBean(TicketQueue.class), context.getBean(TicketRatings.class),
				context.getBean(TicketMerging.class), context.getBean(TicketDispatch.class),
				context.getBean(CoHandling.class), context.getBean(HotlineFigures.class),
				context.getBean(DispatchCatalogue.class), () -> events, context);
	}

	<T> List<T> published(Class<T> type) {
		return this.events.get().stream().filter(type::isInstance).map(type::cast).toList();
	}

	@Override
	public void close() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableTransactionManagement(proxyTargetClass = true)
	static class Transactions {

	}

}
