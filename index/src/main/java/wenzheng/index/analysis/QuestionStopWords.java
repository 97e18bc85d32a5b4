package wenzheng.index.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The question words dropped from queries, read from the bundled
 * {@code question-stopwords.txt}.
 */
public final class QuestionStopWords {

	private static final String RESOURCE = "question-stopwords.txt";

	private QuestionStopWords() {
	}

	public static CharArraySet load() {
		try (InputStream in = QuestionStopWords.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			CharArraySet words = new CharArraySet(128, false);
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(words::add);
			return words;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

}
