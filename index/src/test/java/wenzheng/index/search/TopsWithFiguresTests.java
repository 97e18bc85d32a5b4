package wenzheng.index.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One pass for the best hits and the best stating a figure gives what two searches give.
 */
class TopsWithFiguresTests {

	private static final String[] WORDS = { "缓缴", "滞纳金", "社保", "期限", "企业", "登记", "结婚", "年龄", "补贴", "申请" };

	@Test
	void oneSearchFindsWhatTheTwoSearchesFind() throws IOException {
		Random random = new Random(7);
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
				for (int i = 0; i < 600; i++) {
					Document doc = new Document();
					StringBuilder text = new StringBuilder();
					for (int w = 0; w < 3 + random.nextInt(12); w++) {
						text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
					}
					doc.add(new TextField("text", text.toString(), Field.Store.NO));
					if (random.nextInt(5) == 0) {
						doc.add(new StringField("figures", "AGE", Field.Store.NO));
					}
					writer.addDocument(doc);
					if (i % 150 == 149) {
						writer.commit();
					}
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				FixedBitSet stating = new FixedBitSet(reader.maxDoc());
				for (ScoreDoc hit : searcher.search(new TermQuery(new Term("figures", "AGE")),
						reader.maxDoc()).scoreDocs) {
					stating.set(hit.doc);
				}
				for (int q = 0; q < 40; q++) {
					BooleanQuery.Builder terms = new BooleanQuery.Builder();
					for (int w = 0; w < 1 + random.nextInt(4); w++) {
						terms.add(new TermQuery(new Term("text", WORDS[random.nextInt(WORDS.length)])),
								BooleanClause.Occur.SHOULD);
					}
					Query query = terms.build();
					int best = 1 + random.nextInt(20);
					int statingLimit = 1 + random.nextInt(8);

					TopsWithFigures.Tops tops = searcher.search(query,
							new TopsWithFigures(best, statingLimit, stating));

					Query statingQuery = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
						.add(new TermQuery(new Term("figures", "AGE")), BooleanClause.Occur.FILTER)
						.build();
					assertThat(docs(tops.best().scoreDocs)).isEqualTo(
							docs(searcher.search(query, new TopScoreDocCollectorManager(best, null, best)).scoreDocs));
					assertThat(docs(tops.stating().scoreDocs)).isEqualTo(docs(searcher.search(statingQuery,
							new TopScoreDocCollectorManager(statingLimit, null, statingLimit)).scoreDocs));
				}
			}
		}
	}

	private static String docs(ScoreDoc[] hits) {
		return Arrays.toString(Arrays.stream(hits).map(hit -> hit.doc + ":" + hit.score).toArray());
	}

}
