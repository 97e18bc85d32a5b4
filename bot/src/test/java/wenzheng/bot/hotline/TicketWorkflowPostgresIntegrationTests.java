package wenzheng.bot.hotline;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import wenzheng.bot.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 12345 workflow scenarios on PostgreSQL, and the operations two app instances may
 * take on one ticket at the same moment: crosswise merges, a merge against the main
 * ticket's reply, a merge against its closing, a return against a claim, two dispatches.
 */
@ExtendWith(TestPostgres.class)
class TicketWorkflowPostgresIntegrationTests extends HotlineScenarios {

	private static final int ROUNDS = 20;

	private static TestPostgres.Schema schema;

	private static TestClock clock;

	private static Hotline instanceA;

	private static Hotline instanceB;

	@BeforeAll
	static void start() {
		schema = TestPostgres.createMigratedSchema();
		clock = new TestClock();
		instanceA = Hotline.on(schema.dataSource(), clock);
		instanceB = Hotline.on(schema.secondDataSource(), clock);
	}

	@AfterAll
	static void stop() {
		if (instanceA != null) {
			instanceA.close();
			instanceB.close();
		}
		if (schema != null) {
			schema.close();
		}
	}

	@Override
	Hotline hotline() {
		return instanceA;
	}

	@Override
	TestClock clock() {
		return clock;
	}

	/**
	 * One supervisor merges A into B while another merges B into A: exactly one merge
	 * happens, and no ticket ends up following itself through the other.
	 */
	@Test
	void crosswiseMergesOnTwoInstancesMergeOnce() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String first = open(instanceA, "并单竞争甲 " + round);
			String second = open(instanceA, "并单竞争乙 " + round);
			List<Boolean> done = race(() -> instanceA.merging().merge(first, List.of(second), "lead1"),
					() -> instanceB.merging().merge(second, List.of(first), "lead2"));
			assertThat(done).containsExactlyInAnyOrder(true, false);
			Ticket a = instanceB.queue().get(first);
			Ticket b = instanceB.queue().get(second);
			assertThat(List.of(a.status(), b.status())).containsExactlyInAnyOrder(TicketStatus.MERGED,
					TicketStatus.NEW);
			assertThat(a.work().mergedInto() == null || b.work().mergedInto() == null).isTrue();
		}
	}

	/**
	 * A merge into a ticket while its agent replies to it: either the follower joined in
	 * time and got the reply too, or the merge was refused; never a follower waiting on
	 * an answered ticket.
	 */
	@Test
	void aMergeRacingTheMainReplyNeverStrandsTheFollower() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String main = open(instanceA, "答复竞争主 " + round);
			String follower = open(instanceA, "答复竞争从 " + round);
			String reply = "答复 " + round;
			List<Boolean> done = race(() -> instanceA.merging().merge(main, List.of(follower), "lead1"),
					() -> instanceB.queue().reply(main, "agent1", reply));
			assertThat(done.get(1)).isTrue();
			Ticket joined = instanceA.queue().get(follower);
			if (done.get(0)) {
				assertThat(joined.status()).isEqualTo(TicketStatus.ANSWERED);
				assertThat(joined.reply()).isEqualTo(reply);
			}
			else {
				assertThat(joined.status()).isEqualTo(TicketStatus.NEW);
			}
		}
	}

	/**
	 * A merge into a ticket while it is being closed: exactly one happens, so no follower
	 * waits on a closed ticket.
	 */
	@Test
	void aMergeRacingTheMainTicketsClosingNeverStrandsTheFollower() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String main = open(instanceA, "办结竞争主 " + round);
			String follower = open(instanceA, "办结竞争从 " + round);
			List<Boolean> done = race(() -> instanceA.merging().merge(main, List.of(follower), "lead1"),
					() -> instanceB.queue().close(main, "agent1", false));
			assertThat(done).containsExactlyInAnyOrder(true, false);
			assertThat(instanceA.queue().get(follower).status())
				.isEqualTo(done.get(0) ? TicketStatus.MERGED : TicketStatus.NEW);
		}
	}

	@Test
	void aReturnRacingAClaimLeavesTheTicketWithExactlyOne() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String number = open(instanceA, "退单竞争 " + round);
			List<Boolean> done = race(() -> instanceA.queue().claim(number, "agentA"),
					() -> instanceB.dispatch().returnTicket(number, "agentB", "非本部门"));
			assertThat(done).containsExactlyInAnyOrder(true, false);
			assertThat(instanceB.queue().get(number).status())
				.isEqualTo(done.get(0) ? TicketStatus.CLAIMED : TicketStatus.RETURNED);
		}
	}

	/**
	 * Two supervisors dispatching one returned ticket to different departments at once:
	 * the dispatches apply one after the other, and the ticket ends in the department of
	 * the last one its history records.
	 */
	@Test
	void concurrentDispatchesLeaveTheTicketWhereItsHistorySays() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String number = open(instanceA, "改派竞争 " + round);
			instanceA.dispatch().returnTicket(number, "agent1", "非本部门");
			List<Boolean> done = race(() -> instanceA.dispatch().dispatch(number, "lead1", "甲局"),
					() -> instanceB.dispatch().dispatch(number, "lead2", "乙局"));
			assertThat(done).containsExactly(true, true);
			List<TicketEvent> dispatched = instanceB.queue()
				.history(number)
				.stream()
				.filter(event -> event.action().equals(TicketEvent.DISPATCHED))
				.toList();
			assertThat(dispatched).hasSize(2);
			assertThat(instanceB.queue().get(number).work().department()).isEqualTo(dispatched.get(1).detail());
		}
	}

	private static String open(Hotline hotline, String question) {
		return hotline.queue().open(new NewTicket(question, "pg-race", "web", "测试", List.of()));
	}

	/**
	 * Runs both at the same moment; true for each that succeeded, false for a conflict.
	 */
	private static List<Boolean> race(Callable<?> first, Callable<?> second) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("pg-race-", 0).factory());
		try {
			CountDownLatch start = new CountDownLatch(1);
			Future<Boolean> a = pool.submit(() -> succeeded(first, start));
			Future<Boolean> b = pool.submit(() -> succeeded(second, start));
			start.countDown();
			return List.of(a.get(), b.get());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static boolean succeeded(Callable<?> action, CountDownLatch start) throws Exception {
		start.await();
		try {
			action.call();
			return true;
		}
		catch (TicketConflict ex) {
			return false;
		}
	}

}
