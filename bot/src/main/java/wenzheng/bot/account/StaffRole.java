package wenzheng.bot.account;

/**
 * What a staff member may do. Administrators may do everything.
 */
public enum StaffRole {

	/** Works the hotline queue. */
	AGENT("热线坐席"),

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
