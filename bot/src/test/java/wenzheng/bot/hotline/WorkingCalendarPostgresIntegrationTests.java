package wenzheng.bot.hotline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import wenzheng.bot.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The working-day calendar on PostgreSQL: the shipped days are there from start-up,
 * administrators' edits win over them in either order, and instances loading at the same
 * moment, one of them inside an administrator's edit, both end with the whole calendar (a
 * collision on PostgreSQL must not abort the edit's transaction).
 */
@ExtendWith(TestPostgres.class)
class WorkingCalendarPostgresIntegrationTests {

	private static final HotlineProperties PROPERTIES = new HotlineProperties(ZoneId.of("Asia/Shanghai"), Map.of(), 5,
			3, 2);

	private static final CalendarDay NATIONAL_DAY = new CalendarDay(LocalDate.of(2026, 10, 1), CalendarDay.Kind.HOLIDAY,
			"国庆节");

	private static final CalendarDay SECOND_DAY = new CalendarDay(LocalDate.of(2026, 10, 2), CalendarDay.Kind.HOLIDAY,
			"国庆节");

	private TestPostgres.Schema schema;

	@BeforeEach
	void migrate() {
		this.schema = TestPostgres.createMigratedSchema();
	}

	@AfterEach
	void dropSchema() {
		if (this.schema != null) {
			this.schema.close();
		}
	}

	@Test
	void theShippedCalendarIsThereFromStartUp() {
		WorkingCalendar calendar = calendar(this.schema.dataSource());
		calendar.load();
		assertThat(calendar.exceptions()).contains(NATIONAL_DAY).hasSize(WorkingCalendar.bundled().size());
		assertThat(calendar.isWorkingDay(NATIONAL_DAY.day())).isFalse();
	}

	@Test
	void anEditBeforeTheShippedCalendarLoadsWinsAndTheRestStillLoads() {
		CalendarDay onDuty = new CalendarDay(NATIONAL_DAY.day(), CalendarDay.Kind.WORKDAY, "值班");
		inTransaction(this.schema.dataSource(), () -> calendar(this.schema.dataSource()).save(onDuty));
		WorkingCalendar restarted = calendar(this.schema.dataSource());
		restarted.load();
		assertThat(restarted.exceptions()).contains(onDuty, SECOND_DAY).doesNotContain(NATIONAL_DAY);
		assertThat(restarted.isWorkingDay(NATIONAL_DAY.day())).isTrue();
	}

	@Test
	void aDeletionAfterTheShippedCalendarLoadedSurvivesARestart() {
		WorkingCalendar calendar = calendar(this.schema.dataSource());
		calendar.load();
		inTransaction(this.schema.dataSource(), () -> calendar.delete(SECOND_DAY.day()));
		WorkingCalendar restarted = calendar(this.schema.dataSource());
		restarted.load();
		assertThat(restarted.exceptions()).contains(NATIONAL_DAY).doesNotContain(SECOND_DAY);
	}

	@Test
	void aShippedDayAnotherInstanceLoadsAtTheSameMomentDoesNotAbortAnEdit() throws Exception {
		DataSource other = this.schema.secondDataSource();
		LocalDate day = NATIONAL_DAY.day();
		CalendarDay extra = new CalendarDay(LocalDate.of(2027, 6, 1), CalendarDay.Kind.HOLIDAY, "临时假日");
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try (Connection loading = other.getConnection()) {
			// The other instance has inserted the day and not committed yet: this
			// instance's check does not see it, and its insert waits for that commit.
			loading.setAutoCommit(false);
			try (PreparedStatement insert = loading
				.prepareStatement("insert into calendar_shipped (calendar_date) values (?)")) {
				insert.setObject(1, day);
				insert.executeUpdate();
			}
			CountDownLatch started = new CountDownLatch(1);
			Future<Boolean> edit = pool.submit(() -> {
				CalendarRepository days = repository(this.schema.dataSource());
				return new TransactionTemplate(new DataSourceTransactionManager(this.schema.dataSource()))
					.execute(status -> {
						started.countDown();
						boolean marked = days.markShipped(day);
						days.save(extra);
						return marked;
					});
			});
			started.await();
			Thread.sleep(300);
			loading.commit();
			assertThat(edit.get(30, TimeUnit.SECONDS)).as("loaded by the other instance").isFalse();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(repository(this.schema.dataSource()).findAll()).contains(extra);
	}

	private static WorkingCalendar calendar(DataSource dataSource) {
		return new WorkingCalendar(repository(dataSource), PROPERTIES);
	}

	private static CalendarRepository repository(DataSource dataSource) {
		return new CalendarRepository(JdbcClient.create(dataSource), new DataSourceTransactionManager(dataSource));
	}

	/** As the console's edits run: the calendar's own transaction around them. */
	private static void inTransaction(DataSource dataSource, Runnable work) {
		new TransactionTemplate(new DataSourceTransactionManager(dataSource))
			.executeWithoutResult(status -> work.run());
	}

}
