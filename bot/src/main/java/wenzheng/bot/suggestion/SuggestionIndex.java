package wenzheng.bot.suggestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One generation of what citizens are offered while typing, in memory: Lucene's
 * {@link AnalyzingInfixSuggester} over CJK bigrams, so that "处罚" finds "行政处罚信息多久公开" as
 * well as "行政处" does, plus the FAQ questions and clause headings that related questions
 * are chosen from.
 */
final class SuggestionIndex implements AutoCloseable {

	/** Pinned and hot questions before FAQ phrasings before clause headings. */
	static final long HOT = 3;

	static final long FAQ = 2;

	static final long HEADING = 1;

	private final AnalyzingInfixSuggester suggester;

	private final List<String> faqQuestions;

	private final Map<String, List<String>> headings;

	private SuggestionIndex(AnalyzingInfixSuggester suggester, List<String> faqQuestions,
			Map<String, List<String>> headings) {
		this.suggester = suggester;
		this.faqQuestions = List.copyOf(faqQuestions);
		this.headings = Map.copyOf(headings);
	}

	static SuggestionIndex empty() {
		return build(Map.of(), List.of(), Map.of());
	}

	/**
	 * Builds an index over the given texts and their weights.
	 * @param faqQuestions the published FAQ questions
	 * @param headings the clause headings of each answering document
	 */
	static SuggestionIndex build(Map<String, Long> weighted, List<String> faqQuestions,
			Map<String, List<String>> headings) {
		try {
			AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
					new CJKAnalyzer());
			suggester.build(new Entries(new LinkedHashMap<>(weighted).entrySet().iterator()));
			return new SuggestionIndex(suggester, faqQuestions, headings);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not build the suggestions", ex);
		}
	}

	/**
	 * Up to {@code count} suggestions containing every word of the text, the last one as
	 * a prefix.
	 */
	List<String> lookup(String text, int count) {
		try {
			if (this.suggester.getCount() == 0) {
				return List.of();
			}
			return this.suggester.lookup(text, count, true, false)
				.stream()
				.map(result -> result.key.toString())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not look up suggestions", ex);
		}
	}

	List<String> faqQuestions() {
		return this.faqQuestions;
	}

	List<String> headings(String documentId) {
		return this.headings.getOrDefault(documentId, List.of());
	}

	@Override
	public void close() {
		try {
			this.suggester.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The texts and weights, as the suggester reads them.
	 */
	private static final class Entries implements InputIterator {

		private final Iterator<Map.Entry<String, Long>> entries;

		private long weight;

		Entries(Iterator<Map.Entry<String, Long>> entries) {
			this.entries = entries;
		}

		@Override
		public BytesRef next() {
			if (!this.entries.hasNext()) {
				return null;
			}
			Map.Entry<String, Long> entry = this.entries.next();
			this.weight = entry.getValue();
			return new BytesRef(entry.getKey());
		}

		@Override
		public long weight() {
			return this.weight;
		}

		@Override
		public BytesRef payload() {
			return null;
		}

		@Override
		public boolean hasPayloads() {
			return false;
		}

		@Override
		public Set<BytesRef> contexts() {
			return null;
		}

		@Override
		public boolean hasContexts() {
			return false;
		}

	}

}
