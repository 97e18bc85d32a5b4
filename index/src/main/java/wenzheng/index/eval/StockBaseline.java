package wenzheng.index.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

import wenzheng.index.search.Tokens;

/**
 * The stock baseline the eval README describes: BM25 over fixed 200-character chunks of
 * each document, SmartChineseAnalyzer, and the top chunk as the answer to everything.
 * Built in memory for one eval run.
 */
public final class StockBaseline implements Asker, AutoCloseable {

	static final int CHUNK_LENGTH = 200;

	private static final String FIELD = "text";

	private final Analyzer analyzer = new SmartChineseAnalyzer();

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	/**
	 * @param texts document id to whole document text
	 */
	public StockBaseline(Map<String, String> texts) {
		try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(this.analyzer))) {
			for (String text : texts.values()) {
				String flat = text.replaceAll("\\s+", "");
				for (int start = 0; start < flat.length(); start += CHUNK_LENGTH) {
					Document chunk = new Document();
					chunk.add(new TextField(FIELD, flat.substring(start, Math.min(flat.length(), start + CHUNK_LENGTH)),
							Field.Store.YES));
					writer.addDocument(chunk);
				}
			}
			writer.commit();
			this.reader = DirectoryReader.open(this.directory);
			this.searcher = new IndexSearcher(this.reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot build the baseline index", ex);
		}
	}

	@Override
	public Reply ask(String question, String sessionId) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		List<String> terms = Tokens.of(this.analyzer, FIELD, question).stream().limit(256).toList();
		terms.forEach(term -> query.add(new TermQuery(new Term(FIELD, term)), BooleanClause.Occur.SHOULD));
		try {
			TopDocs top = this.searcher.search(query.build(), 1);
			if (top.scoreDocs.length == 0) {
				return new Reply("ESCALATED", "", List.of(), 0);
			}
			String chunk = this.searcher.storedFields().document(top.scoreDocs[0].doc).get(FIELD);
			return new Reply(Reply.ANSWER, chunk, List.of(), 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
		this.directory.close();
	}

}
