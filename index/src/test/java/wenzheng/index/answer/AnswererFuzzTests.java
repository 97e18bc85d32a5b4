package wenzheng.index.answer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import wenzheng.index.analysis.Synonyms;
import wenzheng.index.build.ClauseIndex;
import wenzheng.index.build.TextCorpus;
import wenzheng.index.question.Places;
import wenzheng.index.search.Retriever;
import wenzheng.knowledge.HostileText;
import wenzheng.knowledge.SeededInputs;
import wenzheng.knowledge.importer.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any message, Lucene query syntax and control characters included, gets a decision: an
 * answer, a clarifying question or a hand-off, never an exception.
 */
class AnswererFuzzTests {

	private static final String SYNTAX_CHARS = "青山市绿水区政府开放日多久公开谁负责*?~^\"():[]{}+-!&|/\\ ANDORNOT";

	private static final List<String> WORDS = List.of("青山市", "绿水区", "政府开放日", "多久", "哪个部门", "信息处理费", "2024年", "几个工作日",
			"吗", "？", "title:", "text:*", "\\", "\u0000", "\uD800", " OR ", "~2", "^10");

	private static Path folder;

	private static ClauseIndex index;

	private static Answerer answerer;

	@BeforeAll
	static void buildIndex() throws IOException {
		List<SourceDocument> sources = new ArrayList<>();
		for (String id : List.of("qingshan", "lvshui")) {
			try (InputStream in = AnswererFuzzTests.class.getResourceAsStream("/wenzheng/index/" + id + ".txt")) {
				sources.add(new SourceDocument(id, id + ".txt", in.readAllBytes()));
			}
		}
		TextCorpus corpus = TextCorpus.of(sources);
		folder = Files.createTempDirectory("answerer-fuzz");
		index = new ClauseIndex(folder);
		corpus.indexInto(index);
		// No cache: every message runs the whole pipeline.
		answerer = new Answerer(new Retriever(index), Places.of(corpus.jurisdictions()), Synonyms.bundled(), List.of(),
				AnswerSettings.DEFAULTS.withCachedQuestions(0));
	}

	@AfterAll
	static void close() throws IOException {
		index.close();
		try (var files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	@FuzzTest
	void everyMessageGetsADecision(FuzzedDataProvider data) {
		Answer answer = answerer.answer(message(data));
		assertThat(answer.decision()).isNotNull();
		assertThat(answer.confidence()).isBetween(0.0, 1.0);
		if (answer.decision() == Decision.ANSWER) {
			assertThat(answer.text()).isNotBlank();
		}
	}

	@Test
	void seededMessagesGetADecision() {
		SeededInputs.replay(22, SeededInputs.COUNT, 500, this::everyMessageGetsADecision);
	}

	// In the proportions 3 any UTF-16, 3 query syntax, 3 policy words, 1 long question.
	private static String message(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 9)) {
			case 0, 1, 2 -> HostileText.anyChars(data, 200);
			case 3, 4, 5 -> HostileText.charsOf(data, SYNTAX_CHARS, 80);
			case 6, 7, 8 -> words(data);
			default -> HostileText.longOf(data, "政府公开信息多久", 500, 2000);
		};
	}

	private static String words(FuzzedDataProvider data) {
		int count = data.consumeInt(0, 12);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
			text.append(data.pickValue(WORDS));
		}
		return text.toString();
	}

}
