package wenzheng.index.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The character-pair view.
 */
public class BigramAnalyzerTests extends BaseTokenStreamTestCase {

	public void testPairsHanCharactersAndKeepsNumbersWhole() throws IOException {
		try (Analyzer analyzer = new BigramAnalyzer()) {
			assertAnalyzesTo(analyzer, "处理费20元", new String[] { "处理", "理费", "20", "元" }, new int[] { 0, 1, 3, 5 },
					new int[] { 2, 3, 5, 6 });
		}
	}

	public void testFoldsFullWidth() throws IOException {
		try (Analyzer analyzer = new BigramAnalyzer()) {
			assertAnalyzesTo(analyzer, "ＩＰｖ６", new String[] { "ipv6" });
		}
	}

	public void testRandomStrings() throws IOException {
		try (Analyzer analyzer = new BigramAnalyzer()) {
			checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
		}
	}

}
