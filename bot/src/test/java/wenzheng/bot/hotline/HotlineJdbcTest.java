package wenzheng.bot.hotline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.RecordApplicationEvents;

import wenzheng.knowledge.faq.FaqRepository;

/**
 * The hotline's services on the embedded database, migrated by Flyway, rolled back after
 * each test, with a clock the test sets.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest
@AutoConfigureJson
@RecordApplicationEvents
@Import({ TicketQueue.class, TicketRepository.class, TicketEvents.class, WorkingCalendar.class,
		CalendarRepository.class, FaqDrafts.class, PublicAnswers.class, DispatchCatalogue.class,
		DispatchRuleRepository.class, MergeRepository.class, TicketRatings.class, RatingRepository.class,
		TicketMerging.class, SimilarTickets.class, TicketDispatch.class, CoHandling.class, PartRepository.class,
		HotlineFigures.class, HotlineJdbcTest.Beans.class })
@EnableConfigurationProperties(HotlineProperties.class)
@interface HotlineJdbcTest {

	@TestConfiguration
	class Beans {

		@Bean
		FaqRepository faqRepository(JdbcClient jdbc) {
			return new FaqRepository(jdbc);
		}

		@Bean
		TestClock clock() {
			return new TestClock();
		}

	}

}
