package wenzheng.index.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The character-pair view of Chinese text, which matches where word segmentation of a
 * question and of a document disagree ("信息处理费" against "处理费"). Chain, in order:
 * <ol>
 * <li>{@link CJKWidthCharFilter};</li>
 * <li>{@link StandardTokenizer}: one token per Han character, words for Latin text and
 * numbers;</li>
 * <li>{@link LowerCaseFilter};</li>
 * <li>{@link CJKBigramFilter}: adjacent Han characters to overlapping pairs; a lone Han
 * character stays a unigram.</li>
 * </ol>
 */
public final class BigramAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(tokenizer);
		stream = new CJKBigramFilter(stream);
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
