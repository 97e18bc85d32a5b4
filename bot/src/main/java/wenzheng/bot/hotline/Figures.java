package wenzheng.bot.hotline;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The hotline's figures over a number of days.
 *
 * @param days the period, ending now
 * @param departments one row per department, by name
 * @param overall all departments together
 */
record Figures(int days, List<Row> departments, Row overall) {

	Figures {
		departments = List.copyOf(departments);
	}

	/**
	 * The figures as CSV (UTF-8 with a byte order mark, so spreadsheet programs read the
	 * Chinese).
	 */
	String csv() {
		return "\uFEFF部门,工单数,响应率,解决率,评价数,满意率,超期数,平均答复工作日\n"
				+ Stream.concat(this.departments.stream(), Stream.of(this.overall))
					.map(Row::csv)
					.collect(Collectors.joining("\n"))
				+ "\n";
	}

	/**
	 * One department's figures; a rate is {@code null} when nothing was counted.
	 *
	 * @param department the department, 未定 for tickets without one, 全部 overall
	 * @param tickets tickets opened in the period (merged followers not counted)
	 * @param responseRate 响应率: share claimed or answered within the first working day
	 * @param resolutionRate 解决率: share closed, or answered and never reopened
	 * @param ratings ratings counted (appeals upheld excluded)
	 * @param satisfactionRate 满意率: share of counted ratings at 满意 or 非常满意
	 * @param overdue tickets still open after their due time
	 * @param averageReplyWorkingDays working days from opening to the reply, on average
	 */
	record Row(String department, int tickets, Double responseRate, Double resolutionRate, int ratings,
			Double satisfactionRate, int overdue, Double averageReplyWorkingDays) {

		String csv() {
			return String.join(",", quoted(this.department), Integer.toString(this.tickets), percent(this.responseRate),
					percent(this.resolutionRate), Integer.toString(this.ratings), percent(this.satisfactionRate),
					Integer.toString(this.overdue), this.averageReplyWorkingDays == null ? ""
							: String.format(Locale.ROOT, "%.1f", this.averageReplyWorkingDays));
		}

		private static String percent(Double rate) {
			return rate == null ? "" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
		}

		/**
		 * A CSV field, quoted, and with a leading formula character defused.
		 */
		private static String quoted(String text) {
			String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}

	}

}
