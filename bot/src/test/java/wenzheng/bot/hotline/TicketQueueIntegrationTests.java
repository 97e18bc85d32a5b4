package wenzheng.bot.hotline;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tickets in the embedded database, migrated by Flyway, rolled back after each test.
 */
@JdbcTest
@AutoConfigureJson
@RecordApplicationEvents
@Import({ TicketQueue.class, TicketRepository.class, TicketEvents.class, WorkingCalendar.class,
		CalendarRepository.class, TicketQueueIntegrationTests.FixedClock.class })
@EnableConfigurationProperties(HotlineProperties.class)
class TicketQueueIntegrationTests {

	@Autowired
	private TicketQueue queue;

	@Autowired
	private ApplicationEvents events;

	@Test
	void persistsEverythingStaffNeedAndNumbersTicketsByDay() {
		String number = this.queue.open(new NewTicket("公积金怎么提取？", "session-1", "web", "最相关条款只覆盖了问题的一部分",
				List.of(new CandidateClause("doc-1", "某某要点", "（一）", "摘录", "县政务公开办牵头"))));
		assertThat(number).matches("RX-20260315-\\d{4}");
		Ticket ticket = this.queue.get(number);
		assertThat(ticket.question()).isEqualTo("公积金怎么提取？");
		assertThat(ticket.sessionId()).isEqualTo("session-1");
		assertThat(ticket.channel()).isEqualTo("web");
		assertThat(ticket.reason()).isEqualTo("最相关条款只覆盖了问题的一部分");
		assertThat(ticket.candidates()).containsExactly(new CandidateClause("doc-1", "某某要点", "（一）", "摘录", "县政务公开办牵头"));
		assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
		assertThat(ticket.createdAt()).isEqualTo(Instant.parse("2026-03-15T02:00:00Z"));
		assertThat(ticket.reply()).isNull();
		assertThat(this.events.stream(TicketCreated.class)).containsExactly(new TicketCreated(number, "web"));
	}

	@Test
	void numbersAreUniqueAndNewestComeFirst() {
		String first = this.queue.open(ticket("第一个问题"));
		String second = this.queue.open(ticket("第二个问题"));
		assertThat(first).isNotEqualTo(second);
		assertThat(this.queue.find(TicketFilter.recent(10))).extracting(Ticket::number)
			.containsSubsequence(second, first);
		assertThat(this.queue.find(new TicketFilter(TicketStatus.ANSWERED, null, false, null, 10))).isEmpty();
	}

	@Test
	void keepsHtmlAndLongTextExactlyAsSent() {
		String hostile = "<script>alert('x')</script>" + "长".repeat(1990);
		String number = this.queue.open(ticket(hostile));
		assertThat(this.queue.get(number).question()).isEqualTo(hostile);
	}

	@Test
	void aStaffReplyAnswersTheTicketAndIsAnnounced() {
		String number = this.queue.open(ticket("路灯坏了"));
		this.queue.reply(number, "agent1", "已派单维修。");
		Ticket ticket = this.queue.get(number);
		assertThat(ticket.status()).isEqualTo(TicketStatus.ANSWERED);
		assertThat(ticket.reply()).isEqualTo("已派单维修。");
		assertThat(ticket.repliedAt()).isNotNull();
		assertThat(this.queue.bySession("session-x")).extracting(Ticket::reply).containsExactly("已派单维修。");
		assertThat(this.events.stream(StaffReplied.class))
			.containsExactly(new StaffReplied(number, "web", "session-x", "路灯坏了", "已派单维修。"));
	}

	@Test
	void unknownTicketsAreNotFound() {
		assertThatThrownBy(() -> this.queue.get("RX-00000000-0000")).isInstanceOf(TicketNotFound.class)
			.hasMessageContaining("不存在");
		assertThatThrownBy(() -> this.queue.reply("RX-00000000-0000", "agent1", "答复"))
			.isInstanceOf(TicketNotFound.class);
	}

	private static NewTicket ticket(String question) {
		return new NewTicket(question, "session-x", "web", "测试", List.of());
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-03-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
		}

	}

}
