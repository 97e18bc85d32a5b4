package wenzheng.bot.hotline;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import wenzheng.knowledge.faq.FaqRepository;
import org.springframework.test.context.event.ApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tickets in the embedded database, migrated by Flyway, rolled back after each test.
 */
@HotlineJdbcTest
class TicketQueueIntegrationTests {

	@Autowired
	private TestClock clock;

	@Autowired
	private TicketQueue queue;

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private FaqDrafts faqDrafts;

	@Autowired
	private PublicAnswers publicAnswers;

	@Autowired
	private FaqRepository faq;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void startOnSunday() {
		this.clock.set(TestClock.START);
	}

	@Test
	void theSameSessionAskingTheSameQuestionAgainJoinsItsOpenTicket() {
		String first = this.queue.open(ticket("低保怎么申请？"));
		String again = this.queue.open(ticket("低保 怎么申请"));
		String other = this.queue.open(new NewTicket("低保怎么申请？", "session-y", "web", "测试", List.of()));
		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
		assertThat(this.queue.history(first)).extracting(TicketEvent::action).containsExactly("CREATED", "REPEATED");
		this.queue.reply(first, "agent1", "请到社区办理。");
		assertThat(this.queue.open(ticket("低保怎么申请？"))).isNotEqualTo(first);
	}

	@Test
	void aTicketIsDueFiveWorkingDaysLaterAndGoesToTheLeadingUnitOfItsBestClause() {
		// Opened on Sunday 2026-03-15 10:00 Beijing time: due Friday 2026-03-20 10:00.
		String number = this.queue
			.open(new NewTicket("问题", "s", "web", "测试", List.of(new CandidateClause("d", "t", "s", "e", null),
					new CandidateClause("d", "t", "s", "e", "责任单位：县政务公开办牵头，各乡镇配合"))));
		Ticket ticket = this.queue.get(number);
		assertThat(ticket.work().dueAt()).isEqualTo(Instant.parse("2026-03-20T02:00:00Z"));
		assertThat(ticket.work().department()).isEqualTo("县政务公开办");
		assertThat(ticket.work().category()).isEqualTo(TicketCategory.CONSULTATION);
		assertThat(ticket.overdue(Instant.parse("2026-03-20T02:00:01Z"))).isTrue();
		assertThat(ticket.overdue(Instant.parse("2026-03-20T01:59:59Z"))).isFalse();
	}

	@Test
	void onlyTheClaimerRepliesOrReleasesAndEveryStepIsInTheHistory() {
		String number = this.queue.open(ticket("路灯不亮"));
		this.queue.claim(number, "agent1");
		assertThatThrownBy(() -> this.queue.claim(number, "agent2")).isInstanceOf(TicketConflict.class)
			.hasMessageContaining("已被他人领取");
		assertThatThrownBy(() -> this.queue.reply(number, "agent2", "答复")).isInstanceOf(TicketConflict.class);
		assertThatThrownBy(() -> this.queue.release(number, "agent2")).isInstanceOf(TicketConflict.class);
		this.queue.note(number, "agent1", "已联系城管");
		this.queue.release(number, "agent1");
		this.queue.claim(number, "agent2");
		assertThatThrownBy(() -> this.queue.transfer(number, "agent3", false, "市交通局", "抢单"))
			.isInstanceOf(TicketConflict.class)
			.hasMessageContaining("只有领取人或值班长");
		assertThatThrownBy(() -> this.queue.close(number, "agent3", false)).isInstanceOf(TicketConflict.class)
			.hasMessageContaining("只有领取人或值班长");
		assertThat(this.queue.get(number).work().claimedBy()).isEqualTo("agent2");
		this.queue.transfer(number, "agent2", false, "市城管局", "属城管职责");
		Ticket transferred = this.queue.get(number);
		assertThat(transferred.status()).isEqualTo(TicketStatus.NEW);
		assertThat(transferred.work().department()).isEqualTo("市城管局");
		assertThat(transferred.work().claimedBy()).isNull();
		this.queue.prioritize(number, "agent2", TicketPriority.URGENT);
		this.queue.reply(number, "agent3", "已安排维修。");
		this.queue.close(number, "agent3", false);
		assertThatThrownBy(() -> this.queue.close(number, "agent3", false)).isInstanceOf(TicketConflict.class);
		assertThat(this.queue.history(number)).extracting(TicketEvent::actor, TicketEvent::action)
			.containsExactly(tuple("web", "CREATED"), tuple("agent1", "CLAIMED"), tuple("agent1", "NOTE"),
					tuple("agent1", "RELEASED"), tuple("agent2", "CLAIMED"), tuple("agent2", "TRANSFERRED"),
					tuple("agent2", "PRIORITY"), tuple("agent3", "REPLIED"), tuple("agent3", "CLOSED"));
	}

	@Test
	void aSupervisorMayTransferOrCloseATicketAnotherAgentHolds() {
		String transferred = this.queue.open(ticket("井盖缺失"));
		this.queue.claim(transferred, "agent1");
		this.queue.transfer(transferred, "lead1", true, "市城管局", "改由城管处理");
		assertThat(this.queue.get(transferred).status()).isEqualTo(TicketStatus.NEW);
		String closed = this.queue.open(ticket("重复来电"));
		this.queue.claim(closed, "agent1");
		this.queue.close(closed, "lead1", true);
		assertThat(this.queue.get(closed).status()).isEqualTo(TicketStatus.CLOSED);
	}

	@Test
	void theQueueFiltersByStatusDepartmentTextAndOverdue() {
		String lamp = this.queue.open(ticket("路灯100%不亮_了"));
		String bus = this.queue.open(ticket("公交线路调整"));
		this.queue.transfer(bus, "agent1", false, "市交通局", null);
		assertThat(this.queue.find(new TicketFilter(null, "市交通局", false, null, 10))).extracting(Ticket::number)
			.containsExactly(bus);
		assertThat(this.queue.find(new TicketFilter(null, null, false, "100%不亮_", 10))).extracting(Ticket::number)
			.containsExactly(lamp);
		assertThat(this.queue.find(new TicketFilter(null, null, false, "%", 10))).extracting(Ticket::number)
			.containsExactly(lamp);
		this.jdbc.sql("update ticket set due_at = ? where ticket_no = ?")
			.params(java.sql.Timestamp.from(Instant.parse("2026-03-01T00:00:00Z")), lamp)
			.update();
		assertThat(this.queue.find(new TicketFilter(null, null, true, null, 10))).extracting(Ticket::number)
			.containsExactly(lamp);
	}

	@Test
	void aReplyBecomesAMaskedFaqDraftAndAMaskedPublicAnswer() {
		String number = this.queue.open(ticket("我叫张三，电话13912345678，身份证110101199003071234，想问低保怎么申请？"));
		assertThatThrownBy(() -> this.faqDrafts.draftFrom(number, "agent1")).isInstanceOf(TicketConflict.class);
		this.queue.reply(number, "agent1", "请携带材料到社区办理，联系邮箱 help@example.gov.cn。");

		long id = this.faqDrafts.draftFrom(number, "agent1");
		assertThat(this.faq.findPublished()).noneMatch(entry -> entry.id() == id);
		String draft = this.jdbc.sql("select question || ' ' || answer || ' ' || status from faq where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(draft).contains("DRAFT")
			.doesNotContain("张三")
			.doesNotContain("13912345678")
			.doesNotContain("110101199003071234")
			.doesNotContain("help@example.gov.cn");

		PublicAnswer published = this.publicAnswers.publish(number, "agent1");
		assertThat(published.question()).contains("[姓名已隐去]").contains("[电话已隐去]").contains("[身份证号已隐去]");
		assertThat(published.reply()).contains("[邮箱已隐去]");
		assertThat(this.publicAnswers.latest(10)).containsExactly(published);
		assertThat(this.queue.history(number)).extracting(TicketEvent::action).contains("FAQ_DRAFTED", "PUBLISHED");
	}

	@Test
	void persistsEverythingStaffNeedAndNumbersTicketsByDay() {
		String number = this.queue.open(new NewTicket("公积金怎么提取？", "session-1", "web", "最相关条款只覆盖了问题的一部分",
				List.of(new CandidateClause("doc-1", "某某要点", "（一）", "摘录", "县政务公开办牵头"))));
		assertThat(number).matches("RX-20260315-\\d{4}");
		Ticket ticket = this.queue.get(number);
		assertThat(ticket.question()).isEqualTo("公积金怎么提取？");
		assertThat(ticket.sessionId()).isEqualTo("session-1");
		assertThat(ticket.channel()).isEqualTo("web");
		assertThat(ticket.reason()).isEqualTo("最相关条款只覆盖了问题的一部分");
		assertThat(ticket.candidates()).containsExactly(new CandidateClause("doc-1", "某某要点", "（一）", "摘录", "县政务公开办牵头"));
		assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
		assertThat(ticket.createdAt()).isEqualTo(Instant.parse("2026-03-15T02:00:00Z"));
		assertThat(ticket.reply()).isNull();
		assertThat(this.events.stream(TicketCreated.class)).containsExactly(new TicketCreated(number, "web"));
	}

	@Test
	void numbersAreUniqueAndNewestComeFirst() {
		String first = this.queue.open(ticket("第一个问题"));
		String second = this.queue.open(ticket("第二个问题"));
		assertThat(first).isNotEqualTo(second);
		assertThat(this.queue.find(TicketFilter.recent(10))).extracting(Ticket::number)
			.containsSubsequence(second, first);
		assertThat(this.queue.find(new TicketFilter(TicketStatus.ANSWERED, null, false, null, 10))).isEmpty();
	}

	@Test
	void keepsHtmlAndLongTextExactlyAsSent() {
		String hostile = "<script>alert('x')</script>" + "长".repeat(1990);
		String number = this.queue.open(ticket(hostile));
		assertThat(this.queue.get(number).question()).isEqualTo(hostile);
	}

	@Test
	void aStaffReplyAnswersTheTicketAndIsAnnounced() {
		String number = this.queue.open(ticket("路灯坏了"));
		this.queue.reply(number, "agent1", "已派单维修。");
		Ticket ticket = this.queue.get(number);
		assertThat(ticket.status()).isEqualTo(TicketStatus.ANSWERED);
		assertThat(ticket.reply()).isEqualTo("已派单维修。");
		assertThat(ticket.repliedAt()).isNotNull();
		assertThat(this.queue.bySession("web", "session-x")).extracting(Ticket::reply).containsExactly("已派单维修。");
		assertThat(this.events.stream(StaffReplied.class))
			.containsExactly(new StaffReplied(number, "web", "session-x", "路灯坏了", "已派单维修。"));
	}

	@Test
	void unknownTicketsAreNotFound() {
		assertThatThrownBy(() -> this.queue.get("RX-00000000-0000")).isInstanceOf(TicketNotFound.class)
			.hasMessageContaining("不存在");
		assertThatThrownBy(() -> this.queue.reply("RX-00000000-0000", "agent1", "答复"))
			.isInstanceOf(TicketNotFound.class);
	}

	private static NewTicket ticket(String question) {
		return new NewTicket(question, "session-x", "web", "测试", List.of());
	}

}
