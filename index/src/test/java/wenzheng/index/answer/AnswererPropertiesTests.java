package wenzheng.index.answer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import wenzheng.index.analysis.Synonyms;
import wenzheng.index.build.ClauseIndex;
import wenzheng.index.build.TextCorpus;
import wenzheng.index.question.Places;
import wenzheng.index.search.Retriever;
import wenzheng.knowledge.importer.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any message, Lucene query syntax and control characters included, gets a decision: an
 * answer, a clarifying question or a hand-off, never an exception.
 */
class AnswererPropertiesTests {

	private static Path folder;

	private static ClauseIndex index;

	private static Answerer answerer;

	@BeforeContainer
	static void buildIndex() throws IOException {
		List<SourceDocument> sources = new ArrayList<>();
		for (String id : List.of("qingshan", "lvshui")) {
			try (InputStream in = AnswererPropertiesTests.class.getResourceAsStream("/wenzheng/index/" + id + ".txt")) {
				sources.add(new SourceDocument(id, id + ".txt", in.readAllBytes()));
			}
		}
		TextCorpus corpus = TextCorpus.of(sources);
		folder = Files.createTempDirectory("answerer-properties");
		index = new ClauseIndex(folder);
		corpus.indexInto(index);
		// No cache: every generated message runs the whole pipeline.
		answerer = new Answerer(new Retriever(index), Places.of(corpus.jurisdictions()), Synonyms.bundled(), List.of(),
				AnswerSettings.DEFAULTS.withCachedQuestions(0));
	}

	@AfterContainer
	static void close() throws IOException {
		index.close();
		try (var files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	@Property(tries = 10_000)
	void everyMessageGetsADecision(@ForAll("messages") String message) {
		Answer answer = answerer.answer(message);
		assertThat(answer.decision()).isNotNull();
		assertThat(answer.confidence()).isBetween(0.0, 1.0);
		if (answer.decision() == Decision.ANSWER) {
			assertThat(answer.text()).isNotBlank();
		}
	}

	@Provide
	Arbitrary<String> messages() {
		Arbitrary<String> syntax = Arbitraries.strings()
			.withChars("青山市绿水区政府开放日多久公开谁负责*?~^\"():[]{}+-!&|/\\ ANDORNOT")
			.ofMaxLength(80);
		Arbitrary<String> words = Arbitraries
			.of("青山市", "绿水区", "政府开放日", "多久", "哪个部门", "信息处理费", "2024年", "几个工作日", "吗", "？", "title:", "text:*", "\\",
					"\u0000", "\uD800", " OR ", "~2", "^10")
			.list()
			.ofMaxSize(12)
			.map(parts -> String.join("", parts));
		return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.strings().all().ofMaxLength(200)), Tuple.of(3, syntax),
				Tuple.of(3, words),
				Tuple.of(1, Arbitraries.strings().withChars("政府公开信息多久").ofMinLength(500).ofMaxLength(2000)));
	}

}
