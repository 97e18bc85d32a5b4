package wenzheng.bot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The local PostgreSQL server for {@code *PostgresIntegrationTests}: 127.0.0.1:5432,
 * database {@code test}, trust auth (override with WENZHENG_TEST_POSTGRES_URL and
 * WENZHENG_TEST_POSTGRES_USER). Tests run when it is reachable; when it is not, they fail
 * under {@code CI=true} and are skipped with a message elsewhere. Each test class works
 * in a schema of its own and drops it afterwards.
 */
public final class TestPostgres implements ExecutionCondition {

	static final String URL = env("WENZHENG_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	static final String USER = env("WENZHENG_TEST_POSTGRES_USER", "postgres");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (reachable()) {
			return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + URL);
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("CI=true: PostgreSQL at " + URL + " must be reachable");
		}
		return ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + URL + "; skipped outside CI");
	}

	private static boolean reachable() {
		DriverManager.setLoginTimeout(3);
		try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
			return connection.isValid(3);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Creates a fresh schema and returns a data source whose connections use it.
	 */
	public static Schema createSchema() {
		String name = "wenzheng_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("create schema " + name);
		return new Schema(name.toLowerCase(Locale.ROOT), dataSource(name));
	}

	/**
	 * Creates a fresh schema with every migration applied.
	 */
	public static Schema createMigratedSchema() {
		Schema schema = createSchema();
		Flyway.configure().dataSource(schema.dataSource()).locations("classpath:db/migration").load().migrate();
		return schema;
	}

	private static DataSource dataSource(String schema) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(URL);
		dataSource.setUser(USER);
		dataSource.setCurrentSchema(schema);
		return dataSource;
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(URL, USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + URL + " is not usable: " + ex.getMessage(), ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/**
	 * A schema of one test class.
	 *
	 * @param name the schema name
	 * @param dataSource connections that use it
	 */
	public record Schema(String name, DataSource dataSource) implements AutoCloseable {

		/**
		 * Connections of their own to the same schema, as a second app instance has.
		 */
		public DataSource secondDataSource() {
			return TestPostgres.dataSource(this.name);
		}

		@Override
		public void close() {
			execute("drop schema if exists " + this.name + " cascade");
		}

	}

}
