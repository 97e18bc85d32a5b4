package wenzheng.bot.hotline;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import wenzheng.bot.TestPostgres;
import wenzheng.knowledge.clause.ClauseRepository;
import wenzheng.knowledge.document.DocumentRepository;
import wenzheng.knowledge.importer.DocumentImporter;
import wenzheng.knowledge.importer.ImportOutcome;
import wenzheng.knowledge.importer.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations, the import and the ticket queue on PostgreSQL, the production database.
 */
@ExtendWith(TestPostgres.class)
class TicketQueuePostgresIntegrationTests {

	private static TestPostgres.Schema schema;

	private static JdbcClient jdbc;

	@BeforeAll
	static void migrate() {
		schema = TestPostgres.createMigratedSchema();
		jdbc = JdbcClient.create(schema.dataSource());
	}

	@AfterAll
	static void dropSchema() {
		if (schema != null) {
			schema.close();
		}
	}

	@Test
	void migrationsCreateEveryTable() {
		List<String> tables = jdbc
			.sql("select table_name from information_schema.tables where table_schema = ? order by table_name")
			.param(schema.name())
			.query(String.class)
			.list();
		assertThat(tables).contains("policy_document", "clause", "ticket");
	}

	@Test
	void reimportingADocumentDoesNotDuplicateIt() {
		DocumentImporter importer = new DocumentImporter(new DocumentRepository(jdbc),
				new ClauseRepository(jdbc, new JdbcTemplate(schema.dataSource())),
				new TransactionTemplate(new DataSourceTransactionManager(schema.dataSource())), Clock.systemUTC());
		byte[] text = "某某区2024年工作要点\n一、总体要求\n（一）年内至少举办1次政府开放日。\n".getBytes(StandardCharsets.UTF_8);
		assertThat(importer.importDocument(new SourceDocument("pg-doc", "pg-doc.txt", text)).outcome())
			.isEqualTo(ImportOutcome.IMPORTED);
		assertThat(importer.importDocument(new SourceDocument("pg-doc", "pg-doc.txt", text)).outcome())
			.isEqualTo(ImportOutcome.UNCHANGED);
		assertThat(jdbc.sql("select count(*) from policy_document where id = 'pg-doc'").query(Long.class).single())
			.isEqualTo(1);
	}

	/**
	 * Two app instances (each its own connection pool) sharing the database, and two
	 * staff members pressing 领取 on the same ticket at the same moment: exactly one gets
	 * it.
	 */
	@Test
	void twoInstancesClaimingOneTicketAtOnceGiveItToExactlyOne() throws Exception {
		TicketQueue instanceA = queue(schema.dataSource());
		TicketQueue instanceB = queue(schema.secondDataSource());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				String number = instanceA.open(new NewTicket("领取竞争 " + round, "pg", "web", "测试", List.of()));
				CountDownLatch start = new CountDownLatch(1);
				Future<Boolean> a = pool.submit(() -> claimed(instanceA, number, "agentA", start));
				Future<Boolean> b = pool.submit(() -> claimed(instanceB, number, "agentB", start));
				start.countDown();
				assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(true, false);
				Ticket ticket = instanceB.get(number);
				assertThat(ticket.status()).isEqualTo(TicketStatus.CLAIMED);
				assertThat(ticket.work().claimedBy()).isEqualTo(a.get() ? "agentA" : "agentB");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static boolean claimed(TicketQueue queue, String number, String user, CountDownLatch start)
			throws InterruptedException {
		start.await();
		try {
			queue.claim(number, user);
			return true;
		}
		catch (TicketConflict ex) {
			return false;
		}
	}

	private static TicketQueue queue(DataSource dataSource) {
		JdbcClient client = JdbcClient.create(dataSource);
		HotlineProperties properties = new HotlineProperties(ZoneId.of("Asia/Shanghai"), Map.of(), 5, 3, 2);
		return new TicketQueue(new TicketRepository(client, new ObjectMapper()), new TicketEvents(client),
				new WorkingCalendar(new CalendarRepository(client, new DataSourceTransactionManager(dataSource)),
						properties),
				properties, event -> {
				}, Clock.systemUTC(), new DispatchCatalogue(new DispatchRuleRepository(client), Clock.systemUTC()),
				new MergeRepository(client));
	}

	@Test
	void ticketsOpenedAtTheSameMomentGetDistinctNumbers() throws Exception {
		TicketQueue queue = queue(schema.dataSource());
		ThreadFactory named = Thread.ofPlatform().name("pg-ticket-", 0).factory();
		ExecutorService pool = Executors.newFixedThreadPool(8, named);
		try {
			List<Future<String>> numbers = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				String question = "并发问题 " + i;
				numbers.add(pool.submit(() -> queue.open(new NewTicket(question, "pg", "web", "测试", List.of()))));
			}
			Set<String> distinct = new HashSet<>();
			for (Future<String> number : numbers) {
				distinct.add(number.get());
			}
			assertThat(distinct).hasSize(64).allMatch(number -> number.matches("RX-\\d{8}-\\d{4,}"));
		}
		finally {
			pool.shutdownNow();
		}
	}

}
