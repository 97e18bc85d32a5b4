package wenzheng.bot.conversation;

import java.util.List;

import org.springframework.stereotype.Service;

import wenzheng.bot.hotline.CandidateClause;
import wenzheng.bot.hotline.NewTicket;
import wenzheng.bot.hotline.TicketQueue;
import wenzheng.index.answer.Source;

/**
 * The entry point for every channel: plans the reply and, when the bot hands over, opens
 * the hotline ticket and tells the citizen its number.
 */
@Service
public class ConversationService {

	private final ReplyPlanner planner;

	private final TicketQueue tickets;

	ConversationService(ReplyPlanner planner, TicketQueue tickets) {
		this.planner = planner;
		this.tickets = tickets;
	}

	public BotReply reply(Inquiry inquiry) {
		Plan plan = this.planner.plan(inquiry);
		if (!plan.handOver()) {
			return plan.reply();
		}
		List<CandidateClause> candidates = plan.candidates().stream().map(ConversationService::candidate).toList();
		String number = this.tickets.open(new NewTicket(inquiry.question().strip(), inquiry.sessionId(),
				inquiry.channel(), plan.reason(), candidates));
		String text = "这个问题我暂时无法根据现有政策文件准确回答，已转交热线工作人员处理，工单号：" + number + "。工作人员答复后会在这里通知您。";
		return new BotReply(ReplyType.ESCALATED, text, plan.reply().confidence(), List.of(), List.of(), number);
	}

	private static CandidateClause candidate(Source source) {
		return new CandidateClause(source.documentId(), source.title(), source.section(), source.excerpt());
	}

}
