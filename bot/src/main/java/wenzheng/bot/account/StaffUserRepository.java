package wenzheng.bot.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores staff accounts.
 */
@Repository
class StaffUserRepository {

	private final JdbcClient jdbc;

	StaffUserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return this.jdbc.sql("select count(*) from staff_user").query(Long.class).single();
	}

	boolean exists(String username) {
		return this.jdbc.sql("select count(*) from staff_user where username = ?")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	void insert(StaffUser user, String passwordHash, Instant now) {
		this.jdbc.sql("""
				insert into staff_user (username, password_hash, display_name, role, department, enabled, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(user.username(), passwordHash, user.displayName(), user.role().name(), user.department(),
					user.enabled(), Timestamp.from(now))
			.update();
	}

	Optional<Stored> find(String username) {
		return this.jdbc.sql("select * from staff_user where username = ?")
			.param(username)
			.query((rs, row) -> new Stored(map(rs), rs.getString("password_hash")))
			.optional();
	}

	List<StaffUser> findAll() {
		return this.jdbc.sql("select * from staff_user order by username").query((rs, row) -> map(rs)).list();
	}

	boolean setPassword(String username, String passwordHash) {
		return this.jdbc.sql("update staff_user set password_hash = ? where username = ?")
			.params(passwordHash, username)
			.update() == 1;
	}

	boolean update(String username, String displayName, StaffRole role, String department) {
		return this.jdbc.sql("update staff_user set display_name = ?, role = ?, department = ? where username = ?")
			.params(displayName, role.name(), department, username)
			.update() == 1;
	}

	boolean setEnabled(String username, boolean enabled) {
		return this.jdbc.sql("update staff_user set enabled = ? where username = ?")
			.params(enabled, username)
			.update() == 1;
	}

	private static StaffUser map(ResultSet rs) throws SQLException {
		return new StaffUser(rs.getString("username"), rs.getString("display_name"),
				StaffRole.valueOf(rs.getString("role")), rs.getString("department"), rs.getBoolean("enabled"));
	}

	/**
	 * An account with its password hash.
	 */
	record Stored(StaffUser user, String passwordHash) {

	}

}
