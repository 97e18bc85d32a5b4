package wenzheng.bot.account;

/**
 * What a staff member may do. Supervisors may do what agents may; administrators may do
 * everything.
 */
public enum StaffRole {

	/** Works the hotline queue. */
	AGENT("热线坐席"),

	/**
	 * The duty supervisor (值班长): works the queue and decides dispatch: merging,
	 * co-handling, returns and appeals; sees the figures.
	 */
	SUPERVISOR("值班长"),

	/** Keeps the knowledge base. */
	EDITOR("知识编辑"),

	/**
	 * Reads the metrics (/actuator/prometheus) only: the account a monitoring system
	 * scrapes with.
	 */
	METRICS("监控"),

	/** Manages accounts and settings. */
	ADMIN("管理员");

	private final String label;

	StaffRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
