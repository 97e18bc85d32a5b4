package wenzheng.bot.hotline;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due times count Chinese working days: weekends off, public holidays off, adjusted
 * weekend working days (调休) on; administrators' changes apply at once. The shipped
 * calendar is there from start-up, and administrators' edits win over it in either order.
 */
@JdbcTest
@Import({ WorkingCalendar.class, CalendarRepository.class })
@EnableConfigurationProperties(HotlineProperties.class)
class WorkingCalendarTests {

	private static final CalendarDay NATIONAL_DAY = new CalendarDay(LocalDate.of(2026, 10, 1), CalendarDay.Kind.HOLIDAY,
			"国庆节");

	private static final CalendarDay SECOND_DAY = new CalendarDay(LocalDate.of(2026, 10, 2), CalendarDay.Kind.HOLIDAY,
			"国庆节");

	@Autowired
	private WorkingCalendar calendar;

	@Autowired
	private CalendarRepository days;

	@Autowired
	private HotlineProperties properties;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void knowsHolidaysAndAdjustedWorkingDays() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday worked instead").isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday before 春节").isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 2, 18))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).as("an ordinary Saturday").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 3, 16))).as("an ordinary Monday").isTrue();
	}

	@Test
	void countsWorkingDaysAcrossTheNationalDayHolidays() {
		// Wednesday 2026-09-30 09:00 Beijing: Oct 1-7 off; Oct 8, 9, 10 (Saturday
		// worked), 12, 13.
		Instant opened = Instant.parse("2026-09-30T01:00:00Z");
		assertThat(this.calendar.addWorkingDays(opened, 5)).isEqualTo(Instant.parse("2026-10-13T01:00:00Z"));
		assertThat(this.calendar.addWorkingDays(opened, 0)).isEqualTo(opened);
	}

	@Test
	void anAdministratorsChangeAppliesAtOnce() {
		Instant opened = Instant.parse("2027-03-01T01:00:00Z");
		assertThat(this.calendar.addWorkingDays(opened, 1)).isEqualTo(Instant.parse("2027-03-02T01:00:00Z"));
		this.calendar.save(new CalendarDay(LocalDate.of(2027, 3, 2), CalendarDay.Kind.HOLIDAY, "临时假日"));
		assertThat(this.calendar.addWorkingDays(opened, 1)).isEqualTo(Instant.parse("2027-03-03T01:00:00Z"));
		assertThat(this.calendar.delete(LocalDate.of(2027, 3, 2))).isTrue();
		assertThat(this.calendar.addWorkingDays(opened, 1)).isEqualTo(Instant.parse("2027-03-02T01:00:00Z"));
	}

	@Test
	void theShippedCalendarIsLoadedAtStartUpBeforeAnyTicket() {
		// Each test runs in a transaction rolled back afterwards: rows seen here were
		// committed when the application started.
		assertThat(this.jdbc.sql("select count(*) from calendar_shipped").query(Long.class).single())
			.isEqualTo(WorkingCalendar.bundled().size());
		assertThat(this.calendar.exceptions()).contains(NATIONAL_DAY);
	}

	@Test
	void anAdministratorsEditBeforeTheShippedCalendarLoadsWinsAndTheRestStillLoads() {
		emptyCalendar();
		WorkingCalendar fresh = new WorkingCalendar(this.days, this.properties);
		CalendarDay onDuty = new CalendarDay(LocalDate.of(2026, 10, 1), CalendarDay.Kind.WORKDAY, "值班");
		fresh.save(onDuty);
		assertThat(fresh.exceptions()).contains(onDuty).doesNotContain(NATIONAL_DAY).contains(SECOND_DAY);
		WorkingCalendar restarted = new WorkingCalendar(this.days, this.properties);
		restarted.load();
		assertThat(restarted.exceptions()).contains(onDuty, SECOND_DAY).hasSize(WorkingCalendar.bundled().size());
		assertThat(restarted.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
	}

	@Test
	void anAdministratorsDeletionAfterTheShippedCalendarLoadedSurvivesARestart() {
		emptyCalendar();
		WorkingCalendar fresh = new WorkingCalendar(this.days, this.properties);
		fresh.load();
		assertThat(fresh.exceptions()).contains(NATIONAL_DAY, SECOND_DAY);
		assertThat(fresh.delete(SECOND_DAY.day())).isTrue();
		WorkingCalendar restarted = new WorkingCalendar(this.days, this.properties);
		restarted.load();
		assertThat(restarted.exceptions()).contains(NATIONAL_DAY).doesNotContain(SECOND_DAY);
		assertThat(restarted.isWorkingDay(SECOND_DAY.day())).as("an ordinary Friday now").isTrue();
	}

	@Test
	void countsTheWorkingDaysBetweenTwoMoments() {
		Instant friday = Instant.parse("2026-03-20T01:00:00Z");
		assertThat(this.calendar.workingDaysBetween(friday, friday.plusSeconds(3600))).isZero();
		assertThat(this.calendar.workingDaysBetween(friday, Instant.parse("2026-03-23T09:00:00Z"))).isEqualTo(1);
		assertThat(this.calendar.workingDaysBetween(Instant.parse("2026-09-30T01:00:00Z"),
				Instant.parse("2026-10-10T01:00:00Z")))
			.isEqualTo(3);
	}

	private void emptyCalendar() {
		this.jdbc.sql("delete from calendar_day").update();
		this.jdbc.sql("delete from calendar_shipped").update();
	}

	@Test
	void theBundledCalendarHasEveryYearItClaims() {
		assertThat(WorkingCalendar.bundled()).extracting(day -> day.day().getYear()).contains(2025, 2026);
	}

}
