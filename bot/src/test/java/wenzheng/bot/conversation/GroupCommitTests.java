package wenzheng.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Group commit: concurrent callers share commits, each gets its own result only once it
 * is committed, a failing piece rolls back alone, and a caller already in a transaction
 * or a stopped writer runs the work in place.
 */
class GroupCommitTests {

	private final AtomicInteger commits = new AtomicInteger();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private JdbcClient jdbc;

	private DataSourceTransactionManager transactions;

	private GroupCommit group;

	@BeforeEach
	void start() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		this.jdbc = JdbcClient.create(dataSource);
		this.jdbc.sql("create table note (id int primary key)").update();
		this.transactions = new DataSourceTransactionManager(dataSource) {
			@Override
			protected void doCommit(DefaultTransactionStatus status) {
				GroupCommitTests.this.commits.incrementAndGet();
				super.doCommit(status);
			}
		};
		this.group = new GroupCommit(this.transactions, this.meters);
		this.group.start();
	}

	@AfterEach
	void stop() {
		this.group.stop();
	}

	@Test
	void concurrentCallersShareCommitsAndGetTheirOwnCommittedResults() throws Exception {
		int callers = 64;
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
			for (int i = 0; i < callers; i++) {
				int id = i;
				results.add(pool.submit(() -> {
					go.await();
					return this.group.run(() -> {
						this.jdbc.sql("insert into note (id) values (?)").param(id).update();
						pause();
						return id;
					});
				}));
			}
			go.countDown();
			for (int i = 0; i < callers; i++) {
				int id = i;
				assertThat(results.get(i).get()).isEqualTo(id);
				assertThat(count("select count(*) from note where id = " + id)).as("committed before returned").isOne();
			}
		}
		assertThat(this.commits.get()).as("commits for %d callers", callers).isLessThanOrEqualTo(callers / 4);
		assertThat(this.meters.get("wenzheng.group.commit.turns").summary().totalAmount()).isEqualTo(callers);
	}

	@Test
	void aFailingPieceRollsBackAloneAndItsCallerGetsTheException() throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
			Future<?> blocker = pool.submit(() -> this.group.run(() -> {
				await(go);
				return null;
			}));
			Future<Integer> failing = pool.submit(() -> this.group.run(() -> {
				this.jdbc.sql("insert into note (id) values (1)").update();
				throw new IllegalArgumentException("此条失败");
			}));
			Future<Integer> good = pool.submit(() -> this.group.run(() -> {
				this.jdbc.sql("insert into note (id) values (2)").update();
				return 2;
			}));
			Thread.sleep(100);
			go.countDown();
			blocker.get();
			assertThat(good.get()).isEqualTo(2);
			assertThatThrownBy(failing::get).hasCauseInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("此条失败");
		}
		assertThat(count("select count(*) from note where id = 1")).isZero();
		assertThat(count("select count(*) from note where id = 2")).isOne();
	}

	@Test
	void aCallerInATransactionRunsTheWorkInItAndAStoppedWriterRunsItInPlace() {
		TransactionTemplate outer = new TransactionTemplate(this.transactions);
		outer.executeWithoutResult(status -> {
			this.group.run(() -> this.jdbc.sql("insert into note (id) values (7)").update());
			status.setRollbackOnly();
		});
		assertThat(count("select count(*) from note where id = 7")).as("rolled back with the caller's").isZero();

		this.group.stop();
		assertThat(this.group.isRunning()).isFalse();
		assertThat(this.group.run(() -> this.jdbc.sql("insert into note (id) values (8)").update())).isOne();
		assertThat(count("select count(*) from note where id = 8")).isOne();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static void pause() {
		try {
			Thread.sleep(2);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
