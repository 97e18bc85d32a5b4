package wenzheng.index.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wenzheng.index.build.ClauseIndex;
import wenzheng.index.build.FigureKind;
import wenzheng.index.build.TextCorpus;
import wenzheng.knowledge.importer.SourceDocument;
import wenzheng.knowledge.vector.EmbeddedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Retrieval of candidate clauses.
 */
class RetrieverTests {

	private static final String NOTICE = """
			关于企业缴纳社会保险费的通知

			一、受影响企业可申请缓缴社会保险费，缓缴期限不超过6个月。
			二、缓缴期间免收滞纳金。
			""";

	@TempDir
	Path folder;

	@Test
	void aClauseStoredInSeveralDocumentsTakesOnePlaceAmongTheCandidates() throws IOException {
		TextCorpus corpus = TextCorpus.of(List.of(document("first", NOTICE), document("copy", NOTICE),
				document("other", "关于滞纳金的说明\n\n缓缴社会保险费的企业，缓缴期间的滞纳金另行规定。\n")));
		try (ClauseIndex index = new ClauseIndex(this.folder)) {
			corpus.indexInto(index);
			List<Candidate> candidates = new Retriever(index)
				.retrieve(new QueryText(Set.of("缓缴", "滞纳金"), "缓缴滞纳金", List.of(), ""), List.of(), Set.of(), 10);
			assertThat(candidates).extracting(Candidate::text).doesNotHaveDuplicates();
			assertThat(candidates).extracting(Candidate::documentId).contains("other");
			assertThat(candidates).hasSize(3);
		}
	}

	@Test
	void termsLookedUpBeforeTheIndexChangesAreLookedUpAgainAfterwards() throws IOException {
		QueryText question = new QueryText(Set.of("滞纳金"), "滞纳金", List.of(), "");
		try (ClauseIndex index = new ClauseIndex(this.folder)) {
			TextCorpus.of(List.of(document("first", NOTICE))).indexInto(index);
			Retriever retriever = new Retriever(index);
			assertThat(retriever.retrieve(question, List.of(), Set.of(), 10)).extracting(Candidate::documentId)
				.containsExactly("first");
			TextCorpus.of(List.of(document("other", "关于滞纳金的说明\n\n缓缴期间的滞纳金另行规定。\n"))).indexInto(index);
			assertThat(retriever.retrieve(question, List.of(), Set.of(), 10)).extracting(Candidate::documentId)
				.containsExactly("other");
			TextCorpus.of(List.of(document("unrelated", "关于开放日的通知\n\n每年举办一次政府开放日。\n"))).indexInto(index);
			assertThat(retriever.retrieve(question, List.of(), Set.of(), 10)).isEmpty();
		}
	}

	@Test
	void clausesOfTheNamedPlaceRankFirstAndTheRestFollowByTheirWords() throws IOException {
		String strong = "\n\n缓缴社会保险费的企业，缓缴期间免收滞纳金，滞纳金另行规定。\n";
		String weak = "\n\n企业可以申请缓缴。\n";
		TextCorpus corpus = TextCorpus.of(List.of(document("national", "关于缓缴的说明" + strong),
				document("other", "白城市关于缓缴的说明" + strong.replace("企业", "单位")), document("local", "洮北区关于缓缴的说明" + weak),
				document("local2", "洮北区关于企业的通知" + weak.replace("申请", "依法申请"))));
		QueryText question = new QueryText(Set.of("缓缴", "滞纳金"), "缓缴滞纳金", List.of(), "");
		try (ClauseIndex index = new ClauseIndex(this.folder)) {
			corpus.indexInto(index);
			Retriever retriever = new Retriever(index);
			List<Candidate> unplaced = retriever.retrieve(question, List.of(), Set.of(), 10);
			List<Candidate> placed = retriever.retrieve(question, List.of("洮北区"), Set.of(), 10);

			assertThat(unplaced).extracting(Candidate::documentId).startsWith("national", "other");
			assertThat(placed).extracting(Candidate::documentId)
				.containsExactly("local", "local2", "national", "other");
			for (Candidate candidate : placed) {
				Candidate same = unplaced.stream()
					.filter(other -> other.documentId().equals(candidate.documentId()))
					.findFirst()
					.orElseThrow();
				float raise = candidate.documentId().startsWith("local") ? 8f : 0f;
				assertThat(candidate.score()).isCloseTo(same.score() + raise, offset(1e-4f));
			}
			assertThat(retriever.retrieve(question, List.of("洮北区"), Set.of(), 1)).extracting(Candidate::documentId)
				.containsExactly("local");
			assertThat(retriever.retrieve(question, List.of("大连市"), Set.of(), 2)).extracting(Candidate::documentId)
				.containsExactly("national", "other");
		}
	}

	@Test
	void clausesStatingTheKindOfFigureOrStatementAskedForFollowTheBestEvenBelowTheLimit() throws IOException {
		TextCorpus corpus = TextCorpus.of(List.of(document("often", "关于结婚登记的通知\n\n办理结婚登记，结婚双方应当亲自到婚姻登记机关申请结婚登记。\n"),
				document("again", "关于结婚的说明\n\n结婚应当男女双方完全自愿，结婚登记免费。\n"),
				document("age", "关于婚姻的规定\n\n结婚年龄，男不得早于二十二周岁，女不得早于二十周岁，婚姻登记机关依法审查。\n"),
				document("defines", "关于婚姻家庭纠纷的规定\n\n本规定所称婚姻家庭纠纷，是指夫妻之间、家庭成员之间因结婚以外的事项发生的纠纷，由人民调解委员会依法调解处理。\n")));
		QueryText question = new QueryText(Set.of("结婚", "登记"), "结婚登记", List.of(), "");
		try (ClauseIndex index = new ClauseIndex(this.folder)) {
			corpus.indexInto(index);
			Retriever retriever = new Retriever(index);
			assertThat(retriever.retrieve(question, List.of(), Set.of(), 2)).extracting(Candidate::documentId)
				.containsExactly("often", "again");
			assertThat(retriever.retrieve(question, List.of(), Set.of(FigureKind.AGE), 2))
				.extracting(Candidate::documentId)
				.containsExactly("often", "again", "age");
			assertThat(retriever.retrieve(question, List.of(), Set.of(FigureKind.CLASSIFICATION), 2))
				.as("a question asking what something counts as keeps the best clause that defines")
				.extracting(Candidate::documentId)
				.containsExactly("often", "again", "defines");
			assertThat(retriever.retrieve(question, List.of(), Set.of(FigureKind.DISTANCE), 2))
				.extracting(Candidate::documentId)
				.containsExactly("often", "again");
			assertThat(retriever.retrieve(question, List.of("洮北区"), Set.of(FigureKind.AGE), 2))
				.as("a question naming a place looks for figures among its clauses only")
				.extracting(Candidate::documentId)
				.containsExactly("often", "again");
		}
	}

	@Test
	void clausesFoundByMeaningAreFetchedByTheKeyOfTheirTextAndScoredAsRetrievalWould() throws IOException {
		try (ClauseIndex index = new ClauseIndex(this.folder)) {
			TextCorpus.of(List.of(document("first", NOTICE))).indexInto(index);
			Retriever retriever = new Retriever(index);
			QueryText lateFees = new QueryText(Set.of("滞纳金"), "滞纳金", List.of(), "");
			Candidate lateFeeClause = retriever.retrieve(lateFees, List.of(), Set.of(), 1).get(0);
			Candidate deferralClause = retriever
				.retrieve(new QueryText(Set.of("缓缴期限"), "缓缴期限", List.of(), ""), List.of(), Set.of(), 1)
				.get(0);

			List<Candidate> found = retriever.retrieveByVectorKeys(lateFees, List.of(),
					List.of(key(deferralClause), key(lateFeeClause), "0123456789abcdef0123456789abcdef"));

			assertThat(found).extracting(Candidate::text).containsExactly(lateFeeClause.text(), deferralClause.text());
			assertThat(found.get(0).score()).isEqualTo(lateFeeClause.score());
			assertThat(found.get(1).score()).isZero();
			assertThat(retriever.retrieveByVectorKeys(lateFees, List.of(), List.of())).isEmpty();
		}
	}

	private static String key(Candidate candidate) {
		return EmbeddedText.keyOf(candidate.title(), candidate.headingPath(), candidate.text(), candidate.columns());
	}

	private static SourceDocument document(String id, String text) {
		return new SourceDocument(id, id + ".txt", text.getBytes(StandardCharsets.UTF_8));
	}

}
