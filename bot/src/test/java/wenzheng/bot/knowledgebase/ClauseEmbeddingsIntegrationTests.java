package wenzheng.bot.knowledgebase;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import wenzheng.index.answer.CandidateReading;
import wenzheng.index.answer.RankingFeature;
import wenzheng.index.semantic.TextEmbedder;
import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.clause.ClauseRepository;
import wenzheng.knowledge.document.DocumentRepository;
import wenzheng.knowledge.document.PolicyDocument;
import wenzheng.knowledge.vector.EmbeddedText;
import wenzheng.knowledge.vector.TextVectorRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the semantic reading on, every answerable clause gets a meaning vector in the
 * background, stored once for every instance, and findable by meaning; answering reads
 * the cosine.
 */
@SpringBootTest(properties = "wenzheng.semantic.enabled=true")
@ExtendWith(OutputCaptureExtension.class)
class ClauseEmbeddingsIntegrationTests {

	@TempDir
	static Path dataDir;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private ClauseEmbeddings embeddings;

	@Autowired
	private TextVectorRepository stored;

	@Autowired
	private ClauseRepository clauses;

	@Autowired
	private DocumentRepository documents;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@Test
	void vectorsAreComputedOnceStoredAndReadWhileAnswering(CapturedOutput output) throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofMinutes(2))).isTrue();
		assertThat(this.knowledgeBase.awaitVectors(Duration.ofMinutes(5))).isTrue();
		long storedVectors = this.stored.count(TextEmbedder.MODEL);
		assertThat(storedVectors).isPositive().isEqualTo(this.embeddings.size());
		assertThat(this.embeddings.backlog()).isZero();

		CandidateReading best = this.knowledgeBase.answerer().readCandidates("政府信息公开申请要在多少个工作日内答复？").get(0);
		assertThat(best.features()[RankingFeature.COSINE.ordinal()]).isBetween(0.3, 1.0);

		// Nearest-neighbour search finds a clause by its meaning: its own text leads.
		PolicyDocument document = this.documents.findAnswerable().get(0);
		Clause clause = this.clauses.findByDocument(document.id()).get(0);
		String text = EmbeddedText.of(document.title(), clause.headingPath(), clause.text(), clause.columns());
		assertThat(this.embeddings.reader().neighbours(text, 3)).hasSize(3).first().isEqualTo(EmbeddedText.key(text));

		// Another instance on the same database reads the stored vectors and computes
		// none.
		int logged = output.getOut().length();
		ClauseEmbeddings another = new ClauseEmbeddings(this.clauses, this.stored, new SemanticProperties(true, false));
		another.fill(this.documents.findAnswerable(), () -> {
		});
		assertThat(another.awaitFilled(Duration.ofMinutes(1))).isTrue();
		assertThat(another.size()).isEqualTo(this.embeddings.size());
		assertThat(output.getOut().substring(logged)).contains("Loaded " + storedVectors + " stored")
			.doesNotContain("Computing ");
		assertThat(another.reader().neighbours(text, 1)).containsExactly(EmbeddedText.key(text));
		another.stop();
	}

}
