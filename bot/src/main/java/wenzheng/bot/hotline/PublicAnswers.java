package wenzheng.bot.hotline;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes answered tickets as 留言答复公开, masking personal data first; what is stored for
 * the public page is only the masked text.
 */
@Service
public class PublicAnswers {

	private static final int MAX_LIST = 200;

	private final JdbcClient jdbc;

	private final TicketQueue queue;

	private final TicketEvents history;

	private final Clock clock;

	PublicAnswers(JdbcClient jdbc, TicketQueue queue, TicketEvents history, Clock clock) {
		this.jdbc = jdbc;
		this.queue = queue;
		this.history = history;
		this.clock = clock;
	}

	@Transactional
	public PublicAnswer publish(String number, String user) {
		Ticket ticket = this.queue.get(number);
		if (ticket.reply() == null) {
			throw new TicketConflict("只有已答复的工单才能公开");
		}
		PublicAnswer answer = new PublicAnswer(number, PersonalDataMasker.mask(ticket.question()),
				PersonalDataMasker.mask(ticket.reply(), ticket.question()), ticket.work().department(),
				ticket.createdAt(), ticket.repliedAt());
		this.jdbc.sql("delete from public_answer where ticket_no = ?").param(number).update();
		this.jdbc.sql("""
				insert into public_answer (ticket_no, question, reply, department, asked_at, replied_at, published_at,
				                           published_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(number, answer.question(), answer.reply(), answer.department(), Timestamp.from(answer.askedAt()),
					Timestamp.from(answer.repliedAt()), Timestamp.from(this.clock.instant()), user)
			.update();
		this.history.record(number, user, TicketEvent.PUBLISHED, null, this.clock.instant());
		return answer;
	}

	public List<PublicAnswer> latest(int limit) {
		return this.jdbc.sql("""
				select ticket_no, question, reply, department, asked_at, replied_at from public_answer
				order by published_at desc fetch first ? rows only""")
			.param(Math.min(Math.max(limit, 1), MAX_LIST))
			.query((rs, row) -> new PublicAnswer(rs.getString("ticket_no"), rs.getString("question"),
					rs.getString("reply"), rs.getString("department"), rs.getTimestamp("asked_at").toInstant(),
					rs.getTimestamp("replied_at").toInstant()))
			.list();
	}

}
