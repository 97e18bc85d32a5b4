package wenzheng.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits citizens' turns together (group commit). One writer thread takes the work that
 * arrived while the previous commit ran, runs each piece in a savepoint of its own inside
 * one transaction, commits, and only then releases the callers: a turn is on disk before
 * its answer is sent, as with a commit per turn, but many turns share one commit, the
 * largest cost of a turn on the embedded H2 database ({@code WRITE_DELAY=0}). A piece
 * that fails rolls back alone and its caller gets its exception; a failed commit fails
 * every caller of the batch. Work of a caller already in a transaction (a Telegram
 * update) runs in that transaction, as does everything while the writer is stopped.
 */
@Component
class GroupCommit implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private static final int MAX_BATCH = 128;

	private final BlockingQueue<Pending<?>> queue = new ArrayBlockingQueue<>(10_000);

	private final TransactionTemplate batch;

	private final TransactionTemplate piece;

	private volatile Thread writer;

	private volatile boolean running;

	private final DistributionSummary batchSizes;

	GroupCommit(PlatformTransactionManager transactions, MeterRegistry meters) {
		this.batchSizes = DistributionSummary.builder("wenzheng.group.commit.turns")
			.description("Citizens' turns committed together in one transaction")
			.register(meters);
		this.batch = new TransactionTemplate(transactions);
		this.piece = new TransactionTemplate(transactions);
		this.piece.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Runs the work in a committed transaction and returns its result once committed.
	 * @throws RuntimeException what the work threw, or why the commit failed
	 */
	<T> T run(Supplier<T> work) {
		if (!this.running || TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.batch.execute(status -> work.get());
		}
		Pending<T> pending = new Pending<>(work);
		try {
			this.queue.put(pending);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to be committed", ex);
		}
		return await(pending);
	}

	/**
	 * The caller's result once committed. Should the writer have stopped between the
	 * caller's check and its place in the queue (only at shutdown), the caller takes its
	 * work back and commits it itself.
	 */
	private <T> T await(Pending<T> pending) {
		while (true) {
			try {
				return pending.result(1, TimeUnit.SECONDS);
			}
			catch (TimeoutException ex) {
				Thread current = this.writer;
				if ((current == null || !current.isAlive()) && this.queue.remove(pending)) {
					return this.batch.execute(status -> pending.work.get());
				}
			}
		}
	}

	private void write() {
		List<Pending<?>> taken = new ArrayList<>(MAX_BATCH);
		while (this.running || !this.queue.isEmpty()) {
			try {
				Pending<?> first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				taken.add(first);
				this.queue.drainTo(taken, MAX_BATCH - 1);
				commit(taken);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				taken.clear();
			}
		}
	}

	private void commit(List<Pending<?>> taken) {
		try {
			this.batch.executeWithoutResult(status -> taken.forEach(pending -> pending.runIn(this.piece)));
			this.batchSizes.record(taken.size());
			taken.forEach(Pending::release);
		}
		catch (RuntimeException | Error ex) {
			log.warn("A group commit of {} turns failed: {}", taken.size(), ex.toString());
			taken.forEach(pending -> pending.fail(ex));
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.writer = Thread.ofPlatform().name("group-commit").daemon().start(this::write);
	}

	@Override
	public void stop() {
		this.running = false;
		Thread stopping = this.writer;
		if (stopping != null) {
			try {
				stopping.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * One caller's work, waiting for the commit.
	 */
	private static final class Pending<T> {

		private final Supplier<T> work;

		private final CompletableFuture<T> done = new CompletableFuture<>();

		private T result;

		private Throwable failure;

		Pending(Supplier<T> work) {
			this.work = work;
		}

		void runIn(TransactionTemplate savepoint) {
			try {
				this.result = savepoint.execute(status -> this.work.get());
			}
			catch (RuntimeException | Error ex) {
				this.failure = ex;
			}
		}

		void release() {
			if (this.failure != null) {
				this.done.completeExceptionally(this.failure);
			}
			else {
				this.done.complete(this.result);
			}
		}

		void fail(Throwable commitFailure) {
			this.done.completeExceptionally(this.failure != null ? this.failure : commitFailure);
		}

		T result(long timeout, TimeUnit unit) throws TimeoutException {
			try {
				return this.done.get(timeout, unit);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the commit", ex);
			}
		}

	}

}
