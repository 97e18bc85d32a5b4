package wenzheng.bot.hotline;

import java.time.ZoneId;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the hotline ({@code wenzheng.hotline.*}).
 *
 * @param zone the time zone of the working day
 * @param workingDays the reply time in working days per category, e.g.
 * {@code wenzheng.hotline.working-days.request=3}
 * @param defaultWorkingDays the reply time of a category not listed
 * @param callbackWorkingDays the working days within which a 差评 is followed by a callback
 * (回访)
 * @param assistWorkingDays the working days co-handling departments (协办单位) have for their
 * part, at most until the ticket is due
 */
@ConfigurationProperties("wenzheng.hotline")
public record HotlineProperties(@DefaultValue("Asia/Shanghai") ZoneId zone, Map<TicketCategory, Integer> workingDays,
		@DefaultValue("5") int defaultWorkingDays, @DefaultValue("3") int callbackWorkingDays,
		@DefaultValue("2") int assistWorkingDays) {

	public HotlineProperties {
		workingDays = workingDays == null ? Map.of() : Map.copyOf(workingDays);
	}

	int workingDays(TicketCategory category) {
		return this.workingDays.getOrDefault(category, this.defaultWorkingDays);
	}

}
