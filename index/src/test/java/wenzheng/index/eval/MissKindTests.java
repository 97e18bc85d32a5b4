package wenzheng.index.eval;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Misses grouped by kind, as the eval command lists them.
 */
class MissKindTests {

	private static final Reply HANDED_OFF = new Reply("ESCALATED", "已转交热线", List.of(), 0.3);

	private static final Reply WRONG_PASSAGE = new Reply(Reply.ANSWER, "另一句话", List.of(), 0.8);

	@Test
	void whereTheAnsweringClauseStoodAndWhatWasRepliedTellTheKind() {
		assertThat(MissKind.of(miss(answerable("A1"), HANDED_OFF, 0))).isEqualTo(MissKind.RETRIEVAL);
		assertThat(MissKind.of(miss(answerable("A2"), WRONG_PASSAGE, 3))).isEqualTo(MissKind.RANKING);
		assertThat(MissKind.of(miss(answerable("A3"), HANDED_OFF, 1))).isEqualTo(MissKind.CONFIDENCE);
		assertThat(MissKind.of(miss(answerable("A4"), WRONG_PASSAGE, 1))).isEqualTo(MissKind.PASSAGE);
		EvalItem withoutAnchor = new EvalItem("A5", "问题", true, List.of("答案"), null, null, "paraphrase", null);
		assertThat(MissKind.of(miss(withoutAnchor, HANDED_OFF, 0))).isEqualTo(MissKind.UNKNOWN);
		EvalItem unanswerable = new EvalItem("U1", "问题", false, List.of(), null, null, null, "near_domain");
		assertThat(MissKind.of(miss(unanswerable, WRONG_PASSAGE, 0))).isEqualTo(MissKind.ANSWERED);
	}

	@Test
	void anItemGotRightIsNoMiss() {
		ItemResult right = new ItemResult(answerable("A1"), WRONG_PASSAGE, true, 1);
		assertThatIllegalArgumentException().isThrownBy(() -> MissKind.of(right));
	}

	@Test
	void theMissesAreListedWithTheirKindsCounted() {
		List<ItemResult> results = List.of(miss(answerable("A1"), HANDED_OFF, 1), miss(answerable("A2"), HANDED_OFF, 1),
				miss(answerable("A3"), WRONG_PASSAGE, 2), new ItemResult(answerable("A4"), WRONG_PASSAGE, true, 1));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		new EvalReportPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8))
			.printMisses(new FileReport("dev.jsonl", results, List.of(), List.of()));

		String printed = bytes.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("by kind: ranking 1 (A3); confidence 2 (A1, A2)")
			.contains("A3 [paraphrase] 问题")
			.contains("ranking: expected [答案] (its clause ranked 2)")
			.doesNotContain("A4");
	}

	private static EvalItem answerable(String id) {
		return new EvalItem(id, "问题", true, List.of("答案"), "doc.txt", "锚点", "paraphrase", null);
	}

	private static ItemResult miss(EvalItem item, Reply reply, int anchorRank) {
		return new ItemResult(item, reply, false, anchorRank);
	}

}
