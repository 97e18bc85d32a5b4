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
 */
@ConfigurationProperties("wenzheng.hotline")
public record HotlineProperties(@DefaultValue("Asia/Shanghai") ZoneId zone, Map<TicketCategory, Integer> workingDays,
		@DefaultValue("5") int defaultWorkingDays) {

	public HotlineProperties {
		workingDays = workingDays == null ? Map.of() : Map.copyOf(workingDays);
	}

	int workingDays(TicketCategory category) {
		return this.workingDays.getOrDefault(category, this.defaultWorkingDays);
	}

}
