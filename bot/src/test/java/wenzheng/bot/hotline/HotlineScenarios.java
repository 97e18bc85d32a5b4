package wenzheng.bot.hotline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The 12345 workflow — five-level ratings, callbacks, appeals, merging, returns,
 * co-handling, the dispatch catalogue and the figures — run the same on H2 and on
 * PostgreSQL. Every scenario works on sessions and departments of its own, so they also
 * hold on a database the other scenarios wrote to.
 */
abstract class HotlineScenarios {

	/**
	 * Wednesday 2026-09-30 10:00 Beijing time, the day before the National Day holiday.
	 */
	static final Instant BEFORE_NATIONAL_DAY = Instant.parse("2026-09-30T02:00:00Z");

	/** Monday 2026-03-16 09:00 Beijing time. */
	static final Instant MONDAY = Instant.parse("2026-03-16T01:00:00Z");

	abstract Hotline hotline();

	abstract TestClock clock();

	@Test
	void ratesOnFiveLevelsAndOnlyAPoorRatingReopens() {
		String session = unique();
		String number = answered("社保卡丢了怎么补办", session, "web");
		assertThatThrownBy(() -> hotline().ratings().rate(number, "another-" + session, TicketRating.FAIR))
			.isInstanceOf(TicketConflict.class);
		Ticket rated = hotline().ratings().rate(number, session, TicketRating.FAIR);
		assertThat(rated.status()).isEqualTo(TicketStatus.ANSWERED);
		assertThat(rated.work().rating()).isEqualTo(TicketRating.FAIR);
		assertThat(rated.work().callbackDueAt()).isNull();
		assertThatThrownBy(() -> hotline().ratings().rate(number, session, TicketRating.VERY_SATISFIED))
			.isInstanceOf(TicketConflict.class);
		assertThat(hotline().ratings().of(number)).extracting(RatingEntry::level).containsExactly(3);
		assertThat(hotline().queue().history(number)).extracting(TicketEvent::detail).contains("基本满意");
	}

	@Test
	void aPoorRatingReopensWithACallbackDueThreeWorkingDaysLaterAcrossTheHoliday() {
		clock().set(BEFORE_NATIONAL_DAY);
		String session = unique();
		String number = answered("公积金贷款额度怎么算", session, "web");
		Ticket reopened = hotline().ratings().rate(number, session, TicketRating.VERY_UNSATISFIED);
		assertThat(reopened.status()).isEqualTo(TicketStatus.NEW);
		assertThat(reopened.work().reopenCount()).isEqualTo(1);
		// 10-01..10-07 are off (10-03 and 10-04 a weekend); 10-08, 10-09 and the adjusted
		// working Saturday 10-10 are the three working days.
		assertThat(reopened.work().callbackDueAt()).isEqualTo(Instant.parse("2026-10-10T02:00:00Z"));

		assertThat(hotline().queue().find(new TicketFilter(null, null, false, null, 500, true)))
			.extracting(Ticket::number)
			.contains(number);
		clock().advance(Duration.ofDays(8));
		Ticket unreached = hotline().ratings()
			.callback(number, "agent1", new TicketRatings.Callback("电话", false, "无人接听", null));
		assertThat(unreached.work().callbackDueAt()).isEqualTo(Instant.parse("2026-10-10T02:00:00Z"));
		assertThat(hotline().queue().find(new TicketFilter(null, null, false, null, 500, true)))
			.extracting(Ticket::number)
			.contains(number);
		Ticket called = hotline().ratings()
			.callback(number, "agent1", new TicketRatings.Callback("电话", true, "已解释计算方法", TicketRating.SATISFIED));
		assertThat(called.work().callbackDueAt()).isNull();
		assertThat(hotline().queue().find(new TicketFilter(null, null, false, null, 500, true)))
			.extracting(Ticket::number)
			.doesNotContain(number);
		assertThat(hotline().queue().history(number)).filteredOn(event -> event.action().equals(TicketEvent.CALLBACK))
			.extracting(TicketEvent::detail)
			.containsExactly("电话 · 未联系上 · 未评价 · 无人接听", "电话 · 已联系上 · 评价：满意 · 已解释计算方法");
		assertThat(hotline().ratings().of(number)).extracting(RatingEntry::level, RatingEntry::source)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "CITIZEN"),
					org.assertj.core.groups.Tuple.tuple(4, "CALLBACK"));
	}

	@Test
	void anUpheldAppealTakesTheRatingOutOfTheSatisfactionFiguresAndARejectedOneDoesNot() {
		clock().set(MONDAY);
		String department = "审计局-" + unique();
		String wronged = rated("噪音扰民", department, TicketRating.UNSATISFIED);
		String fair = rated("施工扰民", department, TicketRating.VERY_UNSATISFIED);
		rated("路面破损", department, TicketRating.SATISFIED);
		assertThat(row(department).satisfactionRate()).isCloseTo(1.0 / 3, within(1e-9));

		assertThatThrownBy(() -> hotline().ratings().decide(wronged, "lead1", true, "无"))
			.isInstanceOf(TicketConflict.class);
		hotline().ratings().appeal(wronged, "agent1", "市民对其他部门不满，与本单无关");
		assertThatThrownBy(() -> hotline().ratings().appeal(wronged, "agent1", "再次申诉"))
			.isInstanceOf(TicketConflict.class);
		hotline().ratings().decide(wronged, "lead1", true, "核实属实");
		hotline().ratings().appeal(fair, "agent1", "答复无误");
		hotline().ratings().decide(fair, "lead1", false, "答复未解决问题");

		Figures.Row row = row(department);
		assertThat(row.ratings()).isEqualTo(2);
		assertThat(row.satisfactionRate()).isEqualTo(0.5);
		assertThat(hotline().ratings().of(wronged)).singleElement().satisfies(rating -> {
			assertThat(rating.level()).isEqualTo(2);
			assertThat(rating.appeal().status()).isEqualTo(RatingEntry.Appeal.Status.UPHELD);
			assertThat(rating.counts()).isFalse();
		});
		assertThat(hotline().queue().history(wronged)).extracting(TicketEvent::action)
			.contains("RATED", "APPEALED", "APPEAL_UPHELD");
		assertThat(hotline().queue().history(fair)).extracting(TicketEvent::action).contains("APPEAL_REJECTED");
		String satisfied = rated("绿化带缺损", department, TicketRating.SATISFIED);
		assertThatThrownBy(() -> hotline().ratings().appeal(satisfied, "agent1", "好评不能申诉"))
			.isInstanceOf(TicketConflict.class);
	}

	@Test
	void similarTicketsAreTheOpenOnesOfTheLastThirtyDays() {
		String tag = unique();
		String question = "幸福" + tag + "小区的路灯坏了好几天了，晚上很黑";
		clock().set(MONDAY.minus(Duration.ofDays(31)));
		String tooOld = open(question, "web-a-" + tag, "web");
		clock().set(MONDAY.minus(Duration.ofDays(29)));
		String recent = open(question, "web-b-" + tag, "web");
		clock().set(MONDAY);
		String main = open(question, "web-c-" + tag, "web");

		assertThat(hotline().merging().similar(main)).extracting(SimilarTicket::number)
			.contains(recent)
			.doesNotContain(tooOld);
	}

	@Test
	void mergedTicketsLeaveTheQueueAndEveryCitizenGetsTheMainReplyOnTheirOwnChannel() {
		String tag = unique();
		String main = open("幸福" + tag + "小区的路灯坏了好几天了，晚上很黑", "web-a-" + tag, "web");
		String web = open("幸福" + tag + "小区路灯坏了，晚上太黑了", "web-b-" + tag, "web");
		String telegram = open("幸福" + tag + "小区路灯不亮好几天了", "tg:" + Math.abs(tag.hashCode()), "telegram");
		String elsewhere = open("阳光" + tag + "小区的路灯坏了好几天了，晚上很黑", "web-c-" + tag, "web");
		String otherThing = open("幸福" + tag + "小区的垃圾好几天没人清运", "web-d-" + tag, "web");

		List<SimilarTicket> similar = hotline().merging().similar(main);
		assertThat(similar).extracting(SimilarTicket::number)
			.contains(web, telegram)
			.doesNotContain(elsewhere, otherThing);
		assertThat(similar).allSatisfy(ticket -> assertThat(ticket.score()).isBetween(SimilarTickets.MIN_SCORE, 1.0));
		assertThat(similar.get(0).score()).isGreaterThanOrEqualTo(similar.get(similar.size() - 1).score());

		hotline().merging().merge(main, List.of(web, telegram), "lead1");
		assertThat(hotline().queue().get(web).status()).isEqualTo(TicketStatus.MERGED);
		assertThat(hotline().queue().get(telegram).work().mergedInto()).isEqualTo(main);
		assertThat(hotline().queue().find(new TicketFilter(null, null, false, tag, 50))).extracting(Ticket::number)
			.contains(main, elsewhere)
			.doesNotContain(web, telegram);
		assertThat(hotline().published(TicketMerged.class)).contains(new TicketMerged(web, "web", "web-b-" + tag, main),
				new TicketMerged(telegram, "telegram", "tg:" + Math.abs(tag.hashCode()), main));
		assertThat(open("幸福" + tag + "小区路灯坏了，晚上太黑了", "web-b-" + tag, "web"))
			.as("a merged ticket's citizen asking again waits on the same ticket")
			.isEqualTo(web);

		hotline().queue().reply(main, "agent1", "已安排维修，三日内修复。");
		List<StaffReplied> replies = hotline().published(StaffReplied.class)
			.stream()
			.filter(reply -> List.of(main, web, telegram).contains(reply.number()))
			.toList();
		assertThat(replies).extracting(StaffReplied::number, StaffReplied::channel, StaffReplied::question)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(main, "web", hotline().queue().get(main).question()),
					org.assertj.core.groups.Tuple.tuple(web, "web", hotline().queue().get(web).question()),
					org.assertj.core.groups.Tuple.tuple(telegram, "telegram",
							hotline().queue().get(telegram).question()));
		assertThat(replies).extracting(StaffReplied::reply).containsOnly("已安排维修，三日内修复。");

		hotline().ratings().rate(web, "web-b-" + tag, TicketRating.VERY_SATISFIED);
		Ticket unhappy = hotline().ratings().rate(telegram, "tg:" + Math.abs(tag.hashCode()), TicketRating.UNSATISFIED);
		assertThat(unhappy.status()).isEqualTo(TicketStatus.NEW);
		assertThat(unhappy.work().mergedInto()).isNull();
		assertThat(hotline().queue().get(main).work().rating()).isNull();
		assertThat(hotline().queue().get(web).work().rating()).isEqualTo(TicketRating.VERY_SATISFIED);
	}

	@Test
	void unmergingPutsAFollowerBackAndAMergeIsAllOrNothing() {
		String tag = unique();
		String main = open("问题甲" + tag, "s1-" + tag, "web");
		String follower = open("问题乙" + tag, "s2-" + tag, "web");
		String later = open("问题丙" + tag, "s3-" + tag, "web");
		String answered = answered("问题丁" + tag, "s4-" + tag, "web");
		assertThatThrownBy(() -> hotline().merging().merge(main, List.of(main), "lead1"))
			.isInstanceOf(TicketConflict.class);
		assertThatThrownBy(() -> hotline().merging().merge(main, List.of(follower, answered), "lead1"))
			.isInstanceOf(TicketConflict.class);
		assertThat(hotline().queue().get(follower).status()).isEqualTo(TicketStatus.NEW);
		assertThatThrownBy(() -> hotline().merging().merge(main, List.of("RX-00000000-0000"), "lead1"))
			.isInstanceOf(TicketNotFound.class);

		hotline().merging().merge(follower, List.of(later), "lead1");
		assertThatThrownBy(() -> hotline().queue().close(follower, "lead1", true)).isInstanceOf(TicketConflict.class)
			.hasMessageContaining("等待答复");
		hotline().merging().merge(main, List.of(follower), "lead1");
		// The follower's own follower now follows the main ticket.
		assertThat(hotline().merging().followers(main)).containsExactly(follower, later);
		assertThatThrownBy(() -> hotline().merging().merge(follower, List.of(main), "lead1"))
			.isInstanceOf(TicketConflict.class);

		hotline().merging().unmerge(main, later, "lead1");
		assertThat(hotline().queue().get(later).status()).isEqualTo(TicketStatus.NEW);
		assertThat(hotline().queue().get(later).work().mergedInto()).isNull();
		assertThat(hotline().merging().followers(main)).containsExactly(follower);
		assertThatThrownBy(() -> hotline().merging().unmerge(main, later, "lead1")).isInstanceOf(TicketConflict.class);
		assertThat(hotline().queue().history(later)).extracting(TicketEvent::action).contains("MERGED", "UNMERGED");
	}

	@Test
	void aReturnedTicketWaitsForASupervisorWhoDispatchesItOrRefusesTheReturn() {
		String tag = unique();
		String number = open("工地夜间施工" + tag, "s-" + tag, "web");
		hotline().queue().claim(number, "agent1");
		assertThatThrownBy(() -> hotline().dispatch().returnTicket(number, "agent2", "非本部门"))
			.isInstanceOf(TicketConflict.class);
		long open = hotline().queue().openCount();
		hotline().dispatch().returnTicket(number, "agent1", "属住建部门职责");
		assertThat(hotline().queue().get(number).status()).isEqualTo(TicketStatus.RETURNED);
		assertThat(hotline().queue().openCount()).as("a returned ticket is still open").isEqualTo(open);
		assertThatThrownBy(() -> hotline().queue().claim(number, "agent2")).isInstanceOf(TicketConflict.class);

		Ticket dispatched = hotline().dispatch().dispatch(number, "lead1", "住建局-" + tag);
		assertThat(dispatched.status()).isEqualTo(TicketStatus.NEW);
		assertThat(dispatched.work().department()).isEqualTo("住建局-" + tag);
		assertThatThrownBy(() -> hotline().dispatch().rejectReturn(number, "lead1", "无"))
			.isInstanceOf(TicketConflict.class);

		hotline().dispatch().returnTicket(number, "agent3", "也不属于住建");
		Ticket refused = hotline().dispatch().rejectReturn(number, "lead1", "属住建局职责，请办理");
		assertThat(refused.status()).isEqualTo(TicketStatus.NEW);
		assertThat(refused.work().department()).isEqualTo("住建局-" + tag);
		assertThat(hotline().queue().history(number)).extracting(TicketEvent::action)
			.containsSubsequence("RETURNED", "DISPATCHED", "RETURNED", "RETURN_REJECTED");

		hotline().queue().reply(number, "agent3", "已责令停止夜间施工。");
		assertThatThrownBy(() -> hotline().dispatch().dispatch(number, "lead1", "别的部门"))
			.isInstanceOf(TicketConflict.class);
	}

	@Test
	void coHandlingPartsAreDueAndShownMissingUntilTheirDepartmentAddsThem() {
		clock().set(MONDAY);
		String tag = unique();
		String number = open("小区旁河道污染" + tag, "s-" + tag, "web");
		hotline().dispatch().dispatch(number, "lead1", "生态环境局-" + tag);
		hotline().coHandling().assist(number, "lead1", List.of("水利局-" + tag, "城管局-" + tag));
		List<Part> parts = hotline().coHandling().of(number);
		// Two working days from Monday: Wednesday, before the ticket's own due time.
		assertThat(parts).extracting(Part::department).containsExactlyInAnyOrder("水利局-" + tag, "城管局-" + tag);
		assertThat(parts).allSatisfy(part -> {
			assertThat(part.missing()).isTrue();
			assertThat(part.dueAt()).isEqualTo(Instant.parse("2026-03-18T01:00:00Z"));
		});

		assertThatThrownBy(() -> hotline().coHandling().addPart(number, "agent9", "教育局-" + tag, "无关"))
			.isInstanceOf(TicketConflict.class);
		assertThatThrownBy(() -> hotline().coHandling().addPart(number, "agent9", null, "无部门"))
			.isInstanceOf(TicketConflict.class);
		hotline().coHandling().addPart(number, "water1", "水利局-" + tag, "已安排河道清淤。");
		assertThat(hotline().coHandling().withParts(number, "已督促排污企业整改。"))
			.isEqualTo("已督促排污企业整改。\n\n协办单位意见：\n【水利局-" + tag + "】已安排河道清淤。");

		hotline().coHandling().assist(number, "lead1", List.of("水利局-" + tag));
		assertThat(hotline().coHandling().of(number)).extracting(Part::department, Part::missing)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("水利局-" + tag, false));
		assertThat(hotline().queue().history(number)).extracting(TicketEvent::action).contains("ASSIST", "PART");
	}

	@Test
	void theCatalogueSuggestsTheDepartmentBeforeTheClauses() {
		String tag = unique();
		DispatchRule rule = hotline().catalogue()
			.add(new DispatchRule(0, List.of("井盖" + tag, "窨井" + tag), null, "市政局-" + tag));
		DispatchRule local = hotline().catalogue()
			.add(new DispatchRule(0, List.of("井盖" + tag), "洮北区", "洮北区住建局-" + tag));
		try {
			CandidateClause clause = new CandidateClause("d", "t", "s", "e", "责任单位：县政务公开办");
			String first = hotline().queue()
				.open(new NewTicket("路上井盖" + tag + "丢了", "s1-" + tag, "web", "测试", List.of(clause)));
			String second = hotline().queue()
				.open(new NewTicket("洮北区的井盖" + tag + "坏了", "s2-" + tag, "web", "测试", List.of(clause)));
			String third = hotline().queue()
				.open(new NewTicket("政务公开怎么申请" + tag, "s3-" + tag, "web", "测试", List.of(clause)));
			assertThat(hotline().queue().get(first).work().department()).isEqualTo("市政局-" + tag);
			assertThat(hotline().queue().get(second).work().department()).isEqualTo("洮北区住建局-" + tag);
			assertThat(hotline().queue().get(third).work().department()).isEqualTo("县政务公开办");
		}
		finally {
			hotline().catalogue().delete(rule.id());
			hotline().catalogue().delete(local.id());
		}
	}

	/**
	 * Four tickets of one department with known histories, the figures taken eight days
	 * later: 响应率 2/4, 解决率 2/4, 满意率 2/3 (an upheld appeal's rating left out), two overdue,
	 * one working day to reply on average.
	 */
	@Test
	void figuresOfAFixtureOfKnownTickets() {
		clock().set(MONDAY);
		String tag = unique();
		String department = "交通局-" + tag;
		String quick = open("公交站牌缺失" + tag, "s1-" + tag, "web");
		String slow = open("红绿灯时长太短" + tag, "s2-" + tag, "web");
		String untouched = open("道路标线模糊" + tag, "s3-" + tag, "web");
		String reopened = open("出租车拒载" + tag, "s4-" + tag, "web");
		for (String number : List.of(quick, slow, untouched, reopened)) {
			hotline().dispatch().dispatch(number, "lead1", department);
		}
		clock().advance(Duration.ofHours(1));
		hotline().queue().claim(quick, "agent1");
		hotline().queue().reply(reopened, "agent1", "已转告出租车公司。");
		hotline().ratings().rate(reopened, "s4-" + tag, TicketRating.UNSATISFIED);
		clock().advance(Duration.ofDays(1));
		hotline().queue().reply(quick, "agent1", "已补设站牌。");
		hotline().ratings().rate(quick, "s1-" + tag, TicketRating.VERY_SATISFIED);
		clock().advance(Duration.ofDays(1));
		hotline().queue().claim(slow, "agent2");
		hotline().queue().reply(slow, "agent2", "已调整。");
		hotline().ratings().rate(slow, "s2-" + tag, TicketRating.UNSATISFIED);
		hotline().ratings().appeal(slow, "agent2", "已按规定调整");
		hotline().ratings().decide(slow, "lead1", true, "属实");
		hotline().queue().reply(slow, "agent2", "已再次延长绿灯时长。");
		hotline().ratings().rate(slow, "s2-" + tag, TicketRating.SATISFIED);
		hotline().queue().close(slow, "agent2", false);
		clock().set(MONDAY.plus(Duration.ofDays(8)));

		Figures.Row row = row(department);
		assertThat(row.tickets()).isEqualTo(4);
		assertThat(row.responseRate()).isEqualTo(0.5);
		assertThat(row.resolutionRate()).isEqualTo(0.5);
		assertThat(row.ratings()).isEqualTo(3);
		assertThat(row.satisfactionRate()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(row.overdue()).isEqualTo(2);
		assertThat(row.averageReplyWorkingDays()).isEqualTo(1.0);
		assertThat(hotline().figures().of(30).csv()).startsWith("\uFEFF部门,工单数,响应率")
			.contains("\"" + department + "\",4,50.0%,50.0%,3,66.7%,2,1.0");
	}

	private Figures.Row row(String department) {
		return hotline().figures()
			.of(30)
			.departments()
			.stream()
			.filter(row -> row.department().equals(department))
			.findFirst()
			.orElseThrow();
	}

	private String rated(String question, String department, TicketRating rating) {
		String session = unique();
		String number = open(question + session, session, "web");
		hotline().dispatch().dispatch(number, "lead1", department);
		hotline().queue().reply(number, "agent1", "答复");
		hotline().ratings().rate(number, session, rating);
		return number;
	}

	private String answered(String question, String session, String channel) {
		String number = open(question, session, channel);
		hotline().queue().reply(number, "agent1", "答复：" + question);
		return number;
	}

	private String open(String question, String session, String channel) {
		return hotline().queue().open(new NewTicket(question, session, channel, "测试", List.of()));
	}

	/**
	 * Eight Chinese numerals: they make a place name ("幸福三一四一五九二六小区") and a department of
	 * the scenario's own (digits would be masked as a telephone number).
	 */
	private static String unique() {
		String digits = Long
			.toString(10_000_000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 90_000_000L));
		StringBuilder tag = new StringBuilder();
		digits.chars().forEach(digit -> tag.append("〇一二三四五六七八九".charAt(digit - '0')));
		return tag.toString();
	}

}
