package wenzheng.index.analysis;

import org.apache.lucene.analysis.CharArraySet;

import wenzheng.knowledge.WordList;

/**
 * The question words dropped from queries, read from the bundled
 * {@code question-stopwords.txt}.
 */
public final class QuestionStopWords {

	private static final String RESOURCE = "question-stopwords.txt";

	private QuestionStopWords() {
	}

	public static CharArraySet load() {
		return new CharArraySet(WordList.load(QuestionStopWords.class, RESOURCE), false);
	}

}
