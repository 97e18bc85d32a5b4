package wenzheng.bot.subscription;

import java.time.Instant;

/**
 * A chat's wish to hear about new policies of a place on a topic.
 *
 * @param id database id
 * @param chatId the Telegram chat
 * @param place a jurisdiction, or {@value #ANY_PLACE}
 * @param topic a few words
 * @param createdAt when it was made
 */
public record Subscription(long id, long chatId, String place, String topic, Instant createdAt) {

	/** The place of a subscription to every place. */
	public static final String ANY_PLACE = "不限地区";

	/**
	 * How the subscription reads to the citizen.
	 */
	public String label() {
		return this.place + " · " + this.topic;
	}

}
