package wenzheng.bot.hotline;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import wenzheng.knowledge.faq.FaqEntry;
import wenzheng.knowledge.faq.FaqRepository;
import wenzheng.knowledge.faq.FaqStatus;

/**
 * Turns a ticket's question and reply into a draft FAQ entry for editors to review; only
 * published entries answer citizens. Personal data is masked first: an FAQ is public.
 */
@Service
public class FaqDrafts {

	private final FaqRepository faq;

	private final TicketQueue queue;

	private final TicketEvents history;

	private final Clock clock;

	FaqDrafts(FaqRepository faq, TicketQueue queue, TicketEvents history, Clock clock) {
		this.faq = faq;
		this.queue = queue;
		this.history = history;
		this.clock = clock;
	}

	@Transactional
	public long draftFrom(String number, String user) {
		Ticket ticket = this.queue.get(number);
		if (ticket.reply() == null) {
			throw new TicketConflict("只有已答复的工单才能存为常见问题");
		}
		FaqEntry draft = new FaqEntry(0, PersonalDataMasker.mask(ticket.question()), List.of(),
				PersonalDataMasker.mask(ticket.reply(), ticket.question()), null, FaqStatus.DRAFT);
		long id = this.faq.add(draft, this.clock.instant());
		this.history.record(number, user, TicketEvent.FAQ_DRAFTED, "常见问题草稿 " + id, this.clock.instant());
		return id;
	}

}
