package wenzheng.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import wenzheng.index.analysis.Synonyms;
import wenzheng.index.answer.AnswerSettings;
import wenzheng.index.answer.Answerer;
import wenzheng.index.build.ClauseIndex;
import wenzheng.index.build.IndexFields;
import wenzheng.index.build.TextCorpus;
import wenzheng.index.eval.EvalItem;
import wenzheng.index.eval.QuestionSets;
import wenzheng.index.question.Places;
import wenzheng.index.search.Retriever;
import wenzheng.index.search.Tokens;
import wenzheng.index.semantic.TextEmbedder;
import wenzheng.knowledge.importer.FolderSource;

/**
 * The whole in-process answer pipeline (question reading, retrieval, re-ranking,
 * extraction, citation) and the question's meaning vector against raw Lucene search of
 * the same questions on the same index (SmartChineseAnalyzer terms, BM25 top 10, stored
 * fields of the best hit). Settings: {@code -Dwenzheng.corpus=DIR} (default: the bundled
 * sample corpus, run from the repository root) and
 * {@code -Dwenzheng.questions=FILE.jsonl} (default: a few built-in questions).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnswerPipelineBenchmark {

	private Path folder;

	private ClauseIndex index;

	private Answerer answerer;

	private List<String> questions;

	private final Analyzer smartcn = new SmartChineseAnalyzer();

	private final TextEmbedder embedder = new TextEmbedder();

	private int next;

	@Setup(Level.Trial)
	public void buildIndex() throws IOException {
		Path corpus = Path
			.of(System.getProperty("wenzheng.corpus", "knowledge/src/main/resources/wenzheng/knowledge/sample"));
		this.folder = Files.createTempDirectory("wenzheng-bench");
		this.index = new ClauseIndex(this.folder);
		TextCorpus texts = TextCorpus.of(new FolderSource(corpus));
		texts.indexInto(this.index);
		// Without the answer cache: the benchmark measures answering, not remembering.
		this.answerer = new Answerer(new Retriever(this.index), Places.of(texts.jurisdictions()), Synonyms.bundled(),
				List.of(), AnswerSettings.DEFAULTS.withCachedQuestions(0));
		this.questions = questions();
	}

	private static List<String> questions() throws IOException {
		String file = System.getProperty("wenzheng.questions");
		if (file != null) {
			return QuestionSets.read(Path.of(file)).stream().map(EvalItem::question).toList();
		}
		try (InputStream in = AnswerPipelineBenchmark.class.getResourceAsStream("/questions.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

	@TearDown(Level.Trial)
	public void deleteIndex() throws IOException {
		this.index.close();
		try (Stream<Path> files = Files.walk(this.folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private String nextQuestion() {
		String question = this.questions.get(this.next);
		this.next = (this.next + 1) % this.questions.size();
		return question;
	}

	@Benchmark
	public void answerPipeline(Blackhole blackhole) {
		blackhole.consume(this.answerer.answer(nextQuestion()));
	}

	/**
	 * What the semantic reading ({@code wenzheng.semantic.enabled}) adds to answering a
	 * new question: its meaning vector (the cosines with candidate clauses are a few dot
	 * products).
	 */
	@Benchmark
	public void questionEmbedding(Blackhole blackhole) {
		blackhole.consume(this.embedder.embed(nextQuestion()));
	}

	@Benchmark
	public void rawLuceneSearch(Blackhole blackhole) {
		String question = nextQuestion();
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String term : Tokens.of(this.smartcn, IndexFields.TEXT, question)) {
			query.add(new TermQuery(new Term(IndexFields.TEXT, term)), BooleanClause.Occur.SHOULD);
		}
		blackhole.consume(this.index.search(searcher -> {
			try {
				ScoreDoc[] hits = searcher.search(query.build(), 10).scoreDocs;
				List<String> texts = new ArrayList<>();
				if (hits.length > 0) {
					texts.add(searcher.storedFields().document(hits[0].doc).get(IndexFields.TEXT));
				}
				return texts;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}));
	}

}
