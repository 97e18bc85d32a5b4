package wenzheng.bot.hotline;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due times count Chinese working days: weekends off, public holidays off, adjusted
 * weekend working days (调休) on; administrators' changes apply at once.
 */
@JdbcTest
@Import({ WorkingCalendar.class, CalendarRepository.class })
@EnableConfigurationProperties(HotlineProperties.class)
class WorkingCalendarTests {

	@Autowired
	private WorkingCalendar calendar;

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
	void theBundledCalendarHasEveryYearItClaims() {
		assertThat(WorkingCalendar.bundled()).extracting(day -> day.day().getYear()).contains(2025, 2026);
	}

}
