package wenzheng.bot.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.index.answer.Answerer;
import wenzheng.index.eval.Asker;
import wenzheng.index.eval.EvalItem;
import wenzheng.index.eval.EvalRunner;
import wenzheng.index.eval.FileReport;
import wenzheng.index.eval.Reply;
import wenzheng.index.eval.RetrievalCheck;
import wenzheng.index.eval.Scorer;
import wenzheng.index.search.Candidate;

/**
 * Runs a question set (the eval format) through the same reply planning as the chat,
 * without opening tickets or recording turns, and scores it: for the eval command and for
 * editors' regression checks.
 */
@Service
public class QuestionSetRunner {

	private static final int RETRIEVAL_DEPTH = 5;

	private final KnowledgeBase knowledgeBase;

	private final ReplyPlanner planner;

	QuestionSetRunner(KnowledgeBase knowledgeBase, ReplyPlanner planner) {
		this.knowledgeBase = knowledgeBase;
		this.planner = planner;
	}

	/**
	 * @param baseline the stock baseline to score beside the bot
	 */
	public FileReport run(String name, List<EvalItem> items, Asker baseline) {
		Asker bot = asker(this.knowledgeBase.answerer());
		Asker open = asker(this.knowledgeBase.answerer(0));
		RetrievalCheck retrieval = (question, anchor) -> anchorRank(
				this.knowledgeBase.answerer().rankedCandidates(question, RETRIEVAL_DEPTH), anchor);
		EvalRunner runner = new EvalRunner(new Scorer(this.knowledgeBase::jurisdictionOfFile), retrieval);
		return runner.run(name, items, bot, open, baseline);
	}

	/**
	 * Plans as the chat does, a place named after "哪个地区的？" included: the question asked
	 * back about is remembered per session, as the chat's recorded turns would remember
	 * it.
	 */
	private Asker asker(Answerer answerer) {
		Map<String, String> askedBack = new ConcurrentHashMap<>();
		return (question, session) -> {
			Plan plan = this.planner.plan(new Inquiry(question, session, "eval"), answerer,
					() -> Optional.ofNullable(askedBack.remove(session)));
			if (!plan.handOver() && plan.reply().type() == ReplyType.CLARIFY) {
				askedBack.put(session, question);
			}
			return reply(plan);
		};
	}

	private static Reply reply(Plan plan) {
		String type = plan.handOver() ? "ESCALATED" : plan.reply().type().name();
		return new Reply(type, plan.reply().answer(), plan.reply().options(), plan.reply().confidence());
	}

	private static int anchorRank(List<Candidate> candidates, String anchor) {
		String wanted = lettersOnly(anchor);
		for (int rank = 0; rank < candidates.size(); rank++) {
			if (lettersOnly(candidates.get(rank).fullText()).contains(wanted)) {
				return rank + 1;
			}
		}
		return 0;
	}

	/**
	 * The text without spaces and punctuation: an anchor copied from a table cell may
	 * leave out the "、" the stored column has between the units it lists.
	 */
	private static String lettersOnly(String text) {
		return text.replaceAll("[\\s\\p{P}]+", "");
	}

}
