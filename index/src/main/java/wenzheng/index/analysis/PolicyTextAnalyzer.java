package wenzheng.index.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The word view of Chinese policy text: smartcn's HMM word segmentation. Chain, in order:
 * <ol>
 * <li>{@link CJKWidthCharFilter}: full-width Latin letters and digits to half width,
 * before segmentation so that "２０个工作日" and "20个工作日" segment alike;</li>
 * <li>{@link HMMChineseTokenizer}: sentences, then words;</li>
 * <li>{@link LowerCaseFilter};</li>
 * <li>{@link StopFilter} with smartcn's stop set (punctuation) plus the given extra stop
 * words.</li>
 * </ol>
 */
public final class PolicyTextAnalyzer extends Analyzer {

	private final CharArraySet stopWords;

	/**
	 * The analyzer for indexed text: only punctuation is dropped.
	 */
	public PolicyTextAnalyzer() {
		this(CharArraySet.EMPTY_SET);
	}

	/**
	 * @param extraStopWords words dropped besides punctuation (question words, for
	 * queries)
	 */
	public PolicyTextAnalyzer(CharArraySet extraStopWords) {
		CharArraySet stops = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
		stops.addAll(extraStopWords);
		this.stopWords = CharArraySet.unmodifiableSet(stops);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new HMMChineseTokenizer();
		TokenStream stream = new LowerCaseFilter(tokenizer);
		stream = new StopFilter(stream, this.stopWords);
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new CJKWidthCharFilter(reader);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}

}
