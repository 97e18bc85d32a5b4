package wenzheng.index.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The word view: smartcn segmentation with width folding, lower-casing and punctuation
 * removal.
 */
public class PolicyTextAnalyzerTests extends BaseTokenStreamTestCase {

	public void testSegmentsWordsWithOffsets() throws IOException {
		try (Analyzer analyzer = new PolicyTextAnalyzer()) {
			assertAnalyzesTo(analyzer, "行政处罚信息公开。", new String[] { "行政", "处罚", "信息", "公开" }, new int[] { 0, 2, 4, 6 },
					new int[] { 2, 4, 6, 8 });
		}
	}

	public void testFoldsFullWidthBeforeSegmenting() throws IOException {
		try (Analyzer analyzer = new PolicyTextAnalyzer()) {
			// Full-width digits and letters index like their ASCII forms; offsets still
			// point into the original.
			assertAnalyzesTo(analyzer, "２０个ＡＰＰ", new String[] { "20", "个", "app" }, new int[] { 0, 2, 3 },
					new int[] { 2, 3, 6 });
		}
	}

	public void testDropsQuestionWordsOnlyWhenAsked() throws IOException {
		try (Analyzer index = new PolicyTextAnalyzer();
				Analyzer query = new PolicyTextAnalyzer(CharArraySet.copy(QuestionStopWords.load()))) {
			assertAnalyzesTo(index, "什么时限", new String[] { "什么", "时限" });
			assertAnalyzesTo(query, "什么时限", new String[] { "时限" });
		}
	}

	public void testDropsDirectionalComplementsOnlyWhenAsked() throws IOException {
		try (Analyzer index = new PolicyTextAnalyzer();
				Analyzer query = new PolicyTextAnalyzer(CharArraySet.copy(QuestionStopWords.load()))) {
			assertAnalyzesTo(index, "清单发下来", new String[] { "清单", "发", "下来" });
			assertAnalyzesTo(query, "清单发下来", new String[] { "清单", "发" });
		}
	}

	public void testQuerySyntaxIsJustText() throws IOException {
		try (Analyzer analyzer = new PolicyTextAnalyzer()) {
			assertAnalyzesTo(analyzer, "公开 AND (处罚*)", new String[] { "公开", "and", "处罚" });
		}
	}

	public void testKeepsSurrogatePairsWhole() throws IOException {
		try (Analyzer analyzer = new PolicyTextAnalyzer()) {
			assertAnalyzesTo(analyzer, "𠀀公开", new String[] { "𠀀", "公开" });
		}
	}

	public void testReusesItsComponents() throws IOException {
		try (Analyzer analyzer = new PolicyTextAnalyzer()) {
			assertAnalyzesTo(analyzer, "政府信息", new String[] { "政府", "信息" });
			assertAnalyzesTo(analyzer, "工作日", new String[] { "工作日" });
		}
	}

	public void testHugeInput() throws IOException {
		try (Analyzer analyzer = new PolicyTextAnalyzer()) {
			String huge = "政府信息公开".repeat(20_000);
			checkAnalysisConsistency(random(), analyzer, false, huge);
		}
	}

	public void testRandomStrings() throws IOException {
		try (Analyzer analyzer = new PolicyTextAnalyzer()) {
			checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
		}
	}

}
