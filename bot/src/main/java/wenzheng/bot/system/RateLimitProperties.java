package wenzheng.bot.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;

/**
 * How often citizens may ask; 0 turns a limit off.
 *
 * @param perClientPerMinute requests a minute to the citizens' endpoints from one address
 * @param perSessionPerMinute questions a minute in one web session
 * @param perChatPerMinute messages a minute from one Telegram chat
 */
@ConfigurationProperties("wenzheng.rate-limit")
@Validated
public record RateLimitProperties(@DefaultValue("300") @Min(0) int perClientPerMinute,
		@DefaultValue("30") @Min(0) int perSessionPerMinute, @DefaultValue("30") @Min(0) int perChatPerMinute) {

}
