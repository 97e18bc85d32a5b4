package wenzheng.bot.hotline;

import java.time.LocalDate;

/**
 * A day that breaks the Monday-Friday rule.
 *
 * @param day the date
 * @param kind {@code HOLIDAY} (no work on a weekday) or {@code WORKDAY} (work on a
 * weekend day, 调休)
 * @param name what it is, e.g. 春节
 */
public record CalendarDay(LocalDate day, Kind kind, String name) {

	public enum Kind {

		HOLIDAY, WORKDAY

	}

}
