package wenzheng.bot.hotline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * China's working days: Monday to Friday, except public holidays, plus the weekend days
 * worked instead (调休). The bundled calendar is loaded into the database at start-up, each
 * shipped day once, so administrators' edits made before or after stay as they made them.
 */
@Service
public class WorkingCalendar {

	static final String BUNDLED = "/wenzheng/bot/hotline/calendar-cn.csv";

	private final CalendarRepository days;

	private final HotlineProperties properties;

	private final Map<LocalDate, CalendarDay> exceptions = new ConcurrentHashMap<>();

	private volatile boolean loaded;

	WorkingCalendar(CalendarRepository days, HotlineProperties properties) {
		this.days = days;
		this.properties = properties;
	}

	/**
	 * Loads the shipped calendar when the app starts, so it is there before the first
	 * ticket. Each statement commits on its own here, so instances starting together each
	 * load what the other has not.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void loadAtStart() {
		load();
	}

	/**
	 * Adds the bundled days never loaded before (a day an administrator already set keeps
	 * the administrator's entry), and reads the calendar.
	 */
	@Transactional
	public synchronized void load() {
		for (CalendarDay day : bundled()) {
			if (this.days.markShipped(day.day()) && !this.days.exists(day.day())) {
				this.days.save(day);
			}
		}
		reload();
	}

	public boolean isWorkingDay(LocalDate date) {
		if (!this.loaded) {
			load();
		}
		CalendarDay exception = this.exceptions.get(date);
		if (exception != null) {
			return exception.kind() == CalendarDay.Kind.WORKDAY;
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	/**
	 * The moment {@code workingDays} working days after {@code start}: the same time of
	 * day on the working day reached by counting forward.
	 */
	public Instant addWorkingDays(Instant start, int workingDays) {
		ZonedDateTime at = start.atZone(this.properties.zone());
		LocalDate date = at.toLocalDate();
		int left = workingDays;
		while (left > 0) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				left--;
			}
		}
		return at.with(date).toInstant();
	}

	public List<CalendarDay> exceptions() {
		return this.days.findAll();
	}

	/**
	 * The number of working days after the day of {@code from} up to and including the
	 * day of {@code to}: 0 on the same day, 1 from Friday to Monday.
	 */
	public int workingDaysBetween(Instant from, Instant to) {
		LocalDate date = from.atZone(this.properties.zone()).toLocalDate();
		LocalDate end = to.atZone(this.properties.zone()).toLocalDate();
		int count = 0;
		while (date.isBefore(end)) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	@Transactional
	public synchronized void save(CalendarDay day) {
		// The shipped days first, so that they never overwrite this edit later.
		load();
		this.days.save(day);
		reload();
	}

	@Transactional
	public synchronized boolean delete(LocalDate day) {
		load();
		boolean deleted = this.days.delete(day);
		reload();
		return deleted;
	}

	private void reload() {
		Map<LocalDate, CalendarDay> fresh = new ConcurrentHashMap<>();
		this.days.findAll().forEach(day -> fresh.put(day.day(), day));
		this.exceptions.clear();
		this.exceptions.putAll(fresh);
		this.loaded = true;
	}

	static List<CalendarDay> bundled() {
		try (InputStream in = WorkingCalendar.class.getResourceAsStream(BUNDLED)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + BUNDLED);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(WorkingCalendar::parse)
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + BUNDLED, ex);
		}
	}

	private static CalendarDay parse(String line) {
		String[] fields = line.split(",", 3);
		if (fields.length != 3) {
			throw new IllegalStateException("Calendar line needs date,kind,name: " + line);
		}
		return new CalendarDay(LocalDate.parse(fields[0]), CalendarDay.Kind.valueOf(fields[1]), fields[2]);
	}

}
