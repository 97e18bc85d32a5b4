package db.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import wenzheng.bot.web.WebSessions;

/**
 * Records as issued the web sessions the server issued before it recorded them: those
 * were random UUIDs, whereas ids clients chose themselves (shared, guessable) are left
 * out and their callers get a new session. A citizen waiting for a staff reply keeps
 * receiving it.
 */
public class V18__Adopt_web_sessions_issued_before extends BaseJavaMigration {

	private static final Pattern RANDOM_UUID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

	@Override
	public void migrate(Context context) {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		List<Object[]> issued = new ArrayList<>();
		jdbc.query("""
				select session_id, min(created_at) as created_at, max(created_at) as last_used_at
				from conversation_turn where channel = 'web' group by session_id""", row -> {
			String id = row.getString("session_id");
			if (RANDOM_UUID.matcher(id).matches()) {
				issued.add(new Object[] { WebSessions.hash(id), row.getTimestamp("created_at"),
						row.getTimestamp("last_used_at") });
			}
		});
		jdbc.batchUpdate("insert into web_session (id_hash, created_at, last_used_at) values (?, ?, ?)", issued);
	}

}
