package wenzheng.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import wenzheng.bot.hotline.CandidateClause;
import wenzheng.bot.hotline.NewTicket;
import wenzheng.bot.hotline.TicketCategory;
import wenzheng.bot.hotline.TicketQueue;
import wenzheng.index.answer.Source;

/**
 * The entry point for every channel: plans the reply, records the turn and, when the bot
 * hands over, opens the hotline ticket with the conversation so far and tells the citizen
 * its number.
 */
@Service
public class ConversationService {

	/** The longest question any channel accepts, in characters. */
	public static final int MAX_QUESTION_LENGTH = 2000;

	private static final int TRANSCRIPT_TURNS = 20;

	private static final String ASKED_FOR_PERSON = "市民要求人工服务";

	private final ReplyPlanner planner;

	private final TicketQueue tickets;

	private final TurnRepository turns;

	private final Clock clock;

	private final AnswerMetrics metrics;

	private final GroupCommit commits;

	ConversationService(ReplyPlanner planner, TicketQueue tickets, TurnRepository turns, Clock clock,
			AnswerMetrics metrics, GroupCommit commits) {
		this.commits = commits;
		this.planner = planner;
		this.tickets = tickets;
		this.turns = turns;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * Plans the reply (no database needed), then stores the turn and any ticket,
	 * committed before the reply is returned: together with other citizens' turns, or in
	 * the caller's transaction when it has one.
	 */
	public BotReply reply(Inquiry inquiry) {
		long start = System.nanoTime();
		if (HandOverRequest.isBare(inquiry.question())) {
			return measured(start, inquiry, handOver(inquiry.sessionId(), inquiry.channel()));
		}
		Plan plan = this.planner.plan(inquiry);
		return measured(start, inquiry, this.commits.run(() -> stored(inquiry, plan)));
	}

	private BotReply stored(Inquiry inquiry, Plan plan) {
		if (!plan.handOver()) {
			return record(inquiry, plan.reply());
		}
		List<CandidateClause> candidates = plan.candidates().stream().map(ConversationService::candidate).toList();
		TicketCategory category = ReplyPlanner.PERSON_REQUESTED.equals(plan.reason()) ? TicketCategory.REQUEST
				: TicketCategory.CONSULTATION;
		String number = openTicket(inquiry.question().strip(), inquiry, plan.reason(), candidates, category);
		return record(inquiry, escalated(number, plan.reply().confidence()));
	}

	private BotReply measured(long start, Inquiry inquiry, BotReply reply) {
		this.metrics.replied(inquiry, reply, Duration.ofNanos(System.nanoTime() - start));
		return reply;
	}

	/**
	 * Hands the conversation to the hotline at the citizen's request (/human, or a
	 * message that is only 转人工, as the chat's button sends it): the ticket carries the
	 * last question asked and the transcript.
	 */
	public BotReply handOver(String sessionId, String channel) {
		return this.commits.run(() -> {
			String question = lastQuestion(channel, sessionId);
			Inquiry inquiry = new Inquiry(question, sessionId, channel);
			String number = openTicket(question, inquiry, ASKED_FOR_PERSON, List.of(), TicketCategory.REQUEST);
			return record(new Inquiry("（转人工）", sessionId, channel), escalated(number, 0));
		});
	}

	private String lastQuestion(String channel, String sessionId) {
		return this.turns.recent(channel, sessionId, TRANSCRIPT_TURNS)
			.stream()
			.filter(turn -> turn.type() != ReplyType.SMALLTALK && !HandOverRequest.isBare(turn.question()))
			.reduce((first, second) -> second)
			.map(TurnRepository.Turn::question)
			.orElse(ASKED_FOR_PERSON);
	}

	/**
	 * Records 有帮助/没帮助 on a reply of the session, replacing earlier feedback on it.
	 * Returns false when the session has no such turn.
	 * @param channel the session's channel
	 * @param comment what the citizen added, or {@code null}
	 */
	@Transactional
	public boolean feedback(String channel, String sessionId, long turnId, boolean helpful, String comment) {
		if (!this.turns.belongsTo(turnId, channel, sessionId)) {
			return false;
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		this.turns.saveFeedback(turnId, helpful, text, this.clock.instant());
		return true;
	}

	private String openTicket(String question, Inquiry inquiry, String reason, List<CandidateClause> candidates,
			TicketCategory category) {
		String transcript = transcript(this.turns.recent(inquiry.channel(), inquiry.sessionId(), TRANSCRIPT_TURNS));
		return this.tickets.open(new NewTicket(question, inquiry.sessionId(), inquiry.channel(), reason, candidates,
				transcript, category));
	}

	private BotReply record(Inquiry inquiry, BotReply reply) {
		return reply.withTurn(this.turns.insert(inquiry, reply, this.clock.instant()));
	}

	private static BotReply escalated(String number, double confidence) {
		String text = "这个问题我暂时无法根据现有政策文件准确回答，已转交热线工作人员处理，工单号：" + number + "。工作人员答复后会在这里通知您。";
		return new BotReply(ReplyType.ESCALATED, text, confidence, List.of(), List.of(), number);
	}

	private static String transcript(List<TurnRepository.Turn> turns) {
		return turns.stream()
			.map(turn -> "市民：" + turn.question() + "\n机器人：" + (turn.answer() == null ? "" : turn.answer()))
			.collect(Collectors.joining("\n"));
	}

	private static CandidateClause candidate(Source source) {
		return new CandidateClause(source.documentId(), source.title(), source.section(), source.excerpt(),
				source.responsible());
	}

}
