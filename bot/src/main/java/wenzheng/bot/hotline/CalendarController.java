package wenzheng.bot.hotline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrators' working-day calendar: public holidays and adjusted working days.
 */
@RestController
class CalendarController {

	private final WorkingCalendar calendar;

	CalendarController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/api/admin/calendar")
	List<CalendarDay> calendar() {
		return this.calendar.exceptions();
	}

	@PutMapping("/api/admin/calendar/{day}")
	CalendarDay saveDay(@PathVariable LocalDate day, @Valid @RequestBody CalendarRequest request) {
		CalendarDay saved = new CalendarDay(day, request.kind(), request.name().strip());
		this.calendar.save(saved);
		return saved;
	}

	@DeleteMapping("/api/admin/calendar/{day}")
	Map<String, Boolean> deleteDay(@PathVariable LocalDate day) {
		return Map.of("deleted", this.calendar.delete(day));
	}

	record CalendarRequest(@NotNull(message = "请选择放假或调休上班") CalendarDay.Kind kind,
			@NotBlank(message = "请填写名称") @Size(max = 100, message = "名称不能超过100字") String name) {
	}

}
