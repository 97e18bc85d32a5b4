package wenzheng.bot.hotline;

import java.util.Arrays;

/**
 * The citizen's rating of a staff reply on the five levels of the national 好差评 system;
 * the two lowest are 差评 (a poor rating), which reopens the ticket and calls for a
 * callback.
 */
public enum TicketRating {

	VERY_SATISFIED(5, "非常满意"), SATISFIED(4, "满意"), FAIR(3, "基本满意"), UNSATISFIED(2, "不满意"), VERY_UNSATISFIED(1, "非常不满意");

	private final int level;

	private final String label;

	TicketRating(int level, String label) {
		this.level = level;
		this.label = label;
	}

	/**
	 * The rating of a level from 1 (非常不满意) to 5 (非常满意).
	 * @throws IllegalArgumentException for any other level
	 */
	public static TicketRating of(int level) {
		return Arrays.stream(values())
			.filter(rating -> rating.level == level)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("评价等级应为1到5"));
	}

	public int level() {
		return this.level;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether this is a 差评 (不满意 or 非常不满意).
	 */
	public boolean poor() {
		return this.level <= 2;
	}

	/**
	 * Whether this counts as satisfied in the 满意率 (满意 or 非常满意).
	 */
	public boolean satisfied() {
		return this.level >= 4;
	}

}
