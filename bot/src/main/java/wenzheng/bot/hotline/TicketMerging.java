package wenzheng.bot.hotline;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging repeated requests (并单): finds open tickets asking the same thing, makes them
 * followers of one main ticket, and undoes that. Followers leave the queue and get the
 * main ticket's reply.
 */
@Service
class TicketMerging {

	/** How far back repeats are looked for. */
	static final Duration WINDOW = Duration.ofDays(30);

	private static final int MAX_SIMILAR = 20;

	private final TicketQueue queue;

	private final TicketRepository tickets;

	private final MergeRepository merges;

	private final SimilarTickets similarity;

	private final TicketEvents history;

	private final ApplicationEventPublisher events;

	TicketMerging(TicketQueue queue, TicketRepository tickets, MergeRepository merges, SimilarTickets similarity,
			TicketEvents history, ApplicationEventPublisher events) {
		this.queue = queue;
		this.tickets = tickets;
		this.merges = merges;
		this.similarity = similarity;
		this.history = history;
		this.events = events;
	}

	/**
	 * Open tickets of the last 30 days asking the same as this one, best first.
	 */
	List<SimilarTicket> similar(String number) {
		Ticket ticket = this.queue.get(number);
		List<Ticket> open = this.tickets.openSince(this.queue.now().minus(WINDOW))
			.stream()
			.filter(other -> !other.number().equals(number) && other.work().mergedInto() == null)
			.toList();
		List<Double> scores = this.similarity.scores(ticket.question(), open.stream().map(Ticket::question).toList());
		return IntStream.range(0, open.size())
			.mapToObj(i -> new SimilarTicket(open.get(i).number(), open.get(i).question(),
					open.get(i).work().department(), open.get(i).createdAt(), scores.get(i)))
			.filter(similar -> similar.score() >= SimilarTickets.MIN_SCORE)
			.sorted(Comparator.comparingDouble(SimilarTicket::score).reversed())
			.limit(MAX_SIMILAR)
			.toList();
	}

	/**
	 * Makes the given open tickets followers of this one; their own followers follow it
	 * too. All or none: any ticket that cannot be merged refuses the whole merge.
	 */
	@Transactional
	Ticket merge(String main, List<String> numbers, String user) {
		Set<String> followers = new LinkedHashSet<>(numbers);
		if (followers.contains(main)) {
			throw new TicketConflict("工单不能与自身并单");
		}
		Set<String> all = new LinkedHashSet<>(followers);
		all.add(main);
		Map<String, MergeRepository.Row> locked = this.merges.lock(all);
		for (String number : all) {
			if (!locked.containsKey(number)) {
				throw new TicketNotFound(number);
			}
			if (!locked.get(number).mergeable()) {
				throw new TicketConflict("工单 " + number + " 已答复、已并单或已办结，不能并单");
			}
		}
		for (String follower : followers) {
			this.merges.merge(follower, main);
			this.merges.repoint(follower, main);
			Ticket merged = this.queue.recorded(follower, user, TicketEvent.MERGED, "并入主工单 " + main);
			this.events.publishEvent(new TicketMerged(follower, merged.channel(), merged.sessionId(), main));
		}
		return this.queue.recorded(main, user, TicketEvent.MERGED, "并入工单：" + String.join("、", followers));
	}

	/**
	 * Takes a follower out of the merge: it waits in the queue on its own again.
	 */
	@Transactional
	Ticket unmerge(String main, String follower, String user) {
		if (!this.merges.unmerge(follower, main)) {
			this.queue.get(follower);
			throw new TicketConflict("工单 " + follower + " 不是该工单待答复的并单工单");
		}
		this.history.record(follower, user, TicketEvent.UNMERGED, "退出主工单 " + main, this.queue.now());
		return this.queue.recorded(main, user, TicketEvent.UNMERGED, "取消并单：" + follower);
	}

	List<String> followers(String main) {
		return this.merges.followers(main);
	}

}
