package wenzheng.bot.hotline;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the exceptions to the working week.
 */
@Repository
class CalendarRepository {

	private final JdbcClient jdbc;

	/**
	 * A savepoint around the one insert that may collide with another instance: on
	 * PostgreSQL a failed statement would otherwise abort the caller's whole transaction.
	 */
	private final TransactionTemplate savepoint;

	CalendarRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	List<CalendarDay> findAll() {
		return this.jdbc.sql("select calendar_date, kind, name from calendar_day order by calendar_date")
			.query((rs, row) -> new CalendarDay(rs.getDate("calendar_date").toLocalDate(),
					CalendarDay.Kind.valueOf(rs.getString("kind")), rs.getString("name")))
			.list();
	}

	boolean exists(LocalDate day) {
		return this.jdbc.sql("select count(*) from calendar_day where calendar_date = ?")
			.param(Date.valueOf(day))
			.query(Long.class)
			.single() > 0;
	}

	void save(CalendarDay day) {
		if (exists(day.day())) {
			this.jdbc.sql("update calendar_day set kind = ?, name = ? where calendar_date = ?")
				.params(day.kind().name(), day.name(), Date.valueOf(day.day()))
				.update();
		}
		else {
			this.jdbc.sql("insert into calendar_day (calendar_date, kind, name) values (?, ?, ?)")
				.params(Date.valueOf(day.day()), day.kind().name(), day.name())
				.update();
		}
	}

	/**
	 * Notes that a shipped day is being loaded; false when it was loaded before.
	 */
	boolean markShipped(LocalDate day) {
		if (this.jdbc.sql("select count(*) from calendar_shipped where calendar_date = ?")
			.param(Date.valueOf(day))
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		try {
			return this.savepoint
				.execute(status -> this.jdbc.sql("insert into calendar_shipped (calendar_date) values (?)")
					.param(Date.valueOf(day))
					.update() == 1);
		}
		catch (DuplicateKeyException ex) {
			// Another instance starting at the same moment loaded it.
			return false;
		}
	}

	boolean delete(LocalDate day) {
		return this.jdbc.sql("delete from calendar_day where calendar_date = ?").param(Date.valueOf(day)).update() == 1;
	}

}
