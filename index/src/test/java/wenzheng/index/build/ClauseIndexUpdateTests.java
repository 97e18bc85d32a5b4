package wenzheng.index.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wenzheng.index.analysis.Synonyms;
import wenzheng.index.answer.AnswerSettings;
import wenzheng.index.answer.Answerer;
import wenzheng.index.answer.Decision;
import wenzheng.index.question.Places;
import wenzheng.index.search.Retriever;
import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.document.PolicyDocument;
import wenzheng.knowledge.importer.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The index follows the knowledge base document by document: a restart on unchanged
 * knowledge finds nothing to do, and documents added and retired while searches run are
 * visible (or gone) at once, with no search failing.
 */
class ClauseIndexUpdateTests {

	private static final String ADDED = """
			红枫县2024年政务公开工作要点

			一、便民服务
			（一）红枫县便民服务中心每周六上午开放，办理社保和医保业务。（县政务服务中心负责）
			""";

	@TempDir
	Path folder;

	@Test
	void aRestartOnUnchangedKnowledgeNeedsNoIndexing() throws IOException {
		TextCorpus corpus = corpus(false);
		try (ClauseIndex index = new ClauseIndex(this.folder)) {
			corpus.indexInto(index);
		}
		try (ClauseIndex reopened = new ClauseIndex(this.folder)) {
			assertThat(reopened.hasCurrentSchema()).isTrue();
			assertThat(reopened.isCurrent(KnowledgeFingerprint.of(corpus.documents()))).isTrue();
			assertThat(reopened.difference(corpus.documents()).size()).isZero();
			assertThat(reopened.size()).isGreaterThan(5);
		}
	}

	@Test
	void onlyTheChangedDocumentsAreIndexedAgain() throws IOException {
		TextCorpus before = corpus(false);
		TextCorpus after = corpus(true);
		try (ClauseIndex index = new ClauseIndex(this.folder)) {
			before.indexInto(index);
			ClauseIndex.Difference added = index.difference(after.documents());
			assertThat(added.changed()).extracting(PolicyDocument::id).containsExactly("hongfeng");
			assertThat(added.removed()).isEmpty();
			index.update(after.documents(), added, id -> clausesOf(after, id));
			assertThat(index.isCurrent(KnowledgeFingerprint.of(after.documents()))).isTrue();

			ClauseIndex.Difference retired = index.difference(before.documents());
			assertThat(retired.changed()).isEmpty();
			assertThat(retired.removed()).containsExactly("hongfeng");
		}
	}

	@Test
	void aFailedUpdateLeavesTheLastCommitServingAndTheNextUpdateWorks() throws IOException {
		TextCorpus before = corpus(false);
		TextCorpus after = corpus(true);
		try (ClauseIndex index = new ClauseIndex(this.folder)) {
			before.indexInto(index);
			int size = index.size();
			ClauseIndex.Difference added = index.difference(after.documents());
			assertThatThrownBy(() -> index.update(after.documents(), added, id -> {
				throw new IllegalStateException("database gone");
			})).isInstanceOf(IllegalStateException.class);
			assertThat(index.size()).isEqualTo(size);
			assertThat(index.isCurrent(KnowledgeFingerprint.of(before.documents()))).isTrue();

			index.update(after.documents(), index.difference(after.documents()), id -> clausesOf(after, id));
			assertThat(count(index, "hongfeng")).isPositive();
		}
	}

	@Test
	void documentsAddedAndRetiredWhileSearchesRunAreVisibleAtOnce() throws Exception {
		TextCorpus without = corpus(false);
		TextCorpus with = corpus(true);
		String question = "红枫县便民服务中心周六开放吗？";
		try (ClauseIndex index = new ClauseIndex(this.folder)) {
			without.indexInto(index);
			// The app starts a new answerer (with empty caches) after each change; this
			// one
			// keeps nothing.
			Answerer answerer = new Answerer(new Retriever(index), Places.of(with.jurisdictions()), Synonyms.bundled(),
					List.of(), AnswerSettings.DEFAULTS.withCachedQuestions(0));
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicLong searches = new AtomicLong();
			Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
			ExecutorService searchers = Executors.newFixedThreadPool(4);
			for (int i = 0; i < 4; i++) {
				searchers.submit(() -> {
					while (running.get()) {
						try {
							answerer.answer(searches.get() % 2 == 0 ? question : "青山市政府网站栏目多久更新一次？");
							searches.incrementAndGet();
						}
						catch (Throwable ex) {
							failures.add(ex);
						}
					}
				});
			}
			for (int round = 0; round < 10; round++) {
				index.update(with.documents(), index.difference(with.documents()), id -> clausesOf(with, id));
				assertThat(count(index, "hongfeng")).isPositive();
				assertThat(answerer.answer(question).decision()).isEqualTo(Decision.ANSWER);

				index.update(without.documents(), index.difference(without.documents()), id -> clausesOf(without, id));
				assertThat(count(index, "hongfeng")).isZero();
				assertThat(answerer.answer(question).text()).doesNotContain("每周六上午开放");
			}
			running.set(false);
			searchers.shutdown();
			assertThat(searchers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
			assertThat(failures).isEmpty();
			assertThat(searches.get()).isPositive();
		}
	}

	private static int count(ClauseIndex index, String documentId) {
		return index.search(searcher -> {
			try {
				return searcher.count(new TermQuery(new Term(IndexFields.DOCUMENT_ID, documentId)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static List<Clause> clausesOf(TextCorpus corpus, String id) {
		return corpus.clauses().stream().filter(clause -> clause.documentId().equals(id)).toList();
	}

	private static TextCorpus corpus(boolean withAddedDocument) throws IOException {
		List<SourceDocument> sources = new ArrayList<>();
		for (String id : List.of("qingshan", "lvshui")) {
			try (InputStream in = ClauseIndexUpdateTests.class.getResourceAsStream("/wenzheng/index/" + id + ".txt")) {
				sources.add(new SourceDocument(id, id + ".txt", in.readAllBytes()));
			}
		}
		if (withAddedDocument) {
			sources.add(new SourceDocument("hongfeng", "hongfeng.txt", ADDED.getBytes(StandardCharsets.UTF_8)));
		}
		return TextCorpus.of(sources);
	}

}
