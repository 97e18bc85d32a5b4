package wenzheng.bot.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores the dispatch catalogue; keywords are kept one per line.
 */
@Repository
class DispatchRuleRepository {

	private final JdbcClient jdbc;

	DispatchRuleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DispatchRule> findAll() {
		return this.jdbc.sql("select id, keywords, place, department from dispatch_rule order by id")
			.query(DispatchRuleRepository::map)
			.list();
	}

	long insert(DispatchRule rule, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into dispatch_rule (keywords, place, department, updated_at) values (?, ?, ?, ?)")
			.params(String.join("\n", rule.keywords()), rule.place(), rule.department(), Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean update(DispatchRule rule, Instant now) {
		return this.jdbc
			.sql("update dispatch_rule set keywords = ?, place = ?, department = ?, updated_at = ? where id = ?")
			.params(String.join("\n", rule.keywords()), rule.place(), rule.department(), Timestamp.from(now), rule.id())
			.update() == 1;
	}

	boolean delete(long id) {
		return this.jdbc.sql("delete from dispatch_rule where id = ?").param(id).update() == 1;
	}

	private static DispatchRule map(ResultSet rs, int row) throws SQLException {
		return new DispatchRule(rs.getLong("id"), Arrays.asList(rs.getString("keywords").split("\n")),
				rs.getString("place"), rs.getString("department"));
	}

}
