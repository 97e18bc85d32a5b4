package wenzheng.bot.web;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

import wenzheng.bot.TestPostgres;

/**
 * The web sessions on PostgreSQL, the production database.
 */
@ExtendWith(TestPostgres.class)
class WebSessionsPostgresIntegrationTests extends WebSessionsContract {

	private final List<TestPostgres.Schema> schemas = new ArrayList<>();

	@Override
	DataSource emptyDatabase() {
		TestPostgres.Schema schema = TestPostgres.createSchema();
		this.schemas.add(schema);
		return schema.dataSource();
	}

	@AfterEach
	void dropSchemas() {
		this.schemas.forEach(TestPostgres.Schema::close);
	}

}
