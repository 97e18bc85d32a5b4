package wenzheng.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

import wenzheng.index.analysis.BigramAnalyzer;
import wenzheng.index.analysis.PolicyTextAnalyzer;
import wenzheng.index.analysis.QuestionStopWords;
import wenzheng.index.build.ClauseIndex;
import wenzheng.index.build.FigureKind;
import wenzheng.index.build.IndexFields;
import wenzheng.knowledge.clause.ClauseColumns;

/**
 * Finds candidate clauses for a question. The question is analyzed like the text and each
 * term becomes a {@link TermQuery}, so that no character of user text is ever interpreted
 * as query syntax.
 */
public final class Retriever {

	/**
	 * Queries keep at most this many terms per view, the rarest ones: a 2,000-character
	 * message stays cheap.
	 */
	private static final int MAX_TERMS = 48;

	private static final float CONTEXT_WEIGHT = 0.3f;

	/**
	 * Term states kept per index reader; questions are user input, so the number is
	 * bounded.
	 */
	private static final int CACHED_TERMS = 100_000;

	private static final float EXPANSION_WEIGHT = 0.7f;

	private static final float JURISDICTION_BOOST = 8f;

	private static final Field[] WORD_FIELDS = { new Field(IndexFields.TEXT, 1.0f),
			new Field(IndexFields.HEADING, 0.4f), new Field(IndexFields.COLUMNS, 0.8f) };

	private static final Field[] BIGRAM_FIELDS = { new Field(IndexFields.TEXT_BIGRAM, 0.5f) };

	private final ClauseIndex index;

	private final Analyzer words = new PolicyTextAnalyzer(QuestionStopWords.load());

	private final Analyzer bigrams = new BigramAnalyzer();

	private volatile ReaderCache cache;

	public Retriever(ClauseIndex index) {
		this.index = index;
	}

	/**
	 * The content words of a text (question words dropped), as the word view analyzes
	 * them.
	 */
	public Set<String> contentWords(String text) {
		return Tokens.of(this.words, IndexFields.TEXT, text);
	}

	/**
	 * How much finding each word tells: the inverse document frequency of the word in
	 * clause texts, with the frequency it comes from. A word no clause contains gets the
	 * highest weight, which is what makes a question about an unknown subject score low.
	 */
	public Map<String, Rarity> rarities(Collection<String> words) {
		return this.index.search(searcher -> {
			ReaderCache cache = cache(searcher);
			int documents = Math.max(searcher.getIndexReader().numDocs(), 1);
			Map<String, Rarity> rarities = new LinkedHashMap<>();
			for (String word : words) {
				int docFreq = cache.states(new Term(IndexFields.TEXT, word)).docFreq();
				rarities.put(word, new Rarity(docFreq, Math.log(1 + (double) documents / (docFreq + 1))));
			}
			return rarities;
		});
	}

	/**
	 * How rare a word is in clause texts.
	 *
	 * @param documentFrequency in how many clause texts it stands
	 * @param weight its inverse document frequency
	 */
	public record Rarity(int documentFrequency, double weight) {

	}

	/**
	 * In how many clause texts the word view holds the word.
	 */
	public int documentFrequency(String word) {
		return this.index.search(searcher -> cache(searcher).states(new Term(IndexFields.TEXT, word)).docFreq());
	}

	/**
	 * Whether any clause contains the phrase, such as a place name.
	 */
	public boolean mentions(String phrase) {
		List<String> pairs = new ArrayList<>(Tokens.of(this.bigrams, IndexFields.TEXT_BIGRAM, phrase));
		if (pairs.isEmpty()) {
			return false;
		}
		PhraseQuery.Builder query = new PhraseQuery.Builder();
		for (int i = 0; i < pairs.size(); i++) {
			query.add(new Term(IndexFields.TEXT_BIGRAM, pairs.get(i)), i);
		}
		return this.index.search(searcher -> {
			try {
				return searcher.count(query.build()) > 0;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Retrieves clauses.
	 * @param text what to search for
	 * @param jurisdictions the places the question names: clauses of those places rank
	 * higher
	 * @param figures the kinds of figure the question asks for: up to a quarter as many
	 * (at least one) clauses again that state one are added after the best
	 * @param limit how many candidates at most among the best
	 */
	public List<Candidate> retrieve(QueryText text, Collection<String> jurisdictions, Set<FigureKind> figures,
			int limit) {
		return this.index.search(searcher -> {
			try {
				Query terms = terms(searcher, text);
				if (terms == null) {
					return List.of();
				}
				ReaderCache current = cache(searcher);
				List<Candidate> candidates = new ArrayList<>();
				Set<List<String>> seen = new HashSet<>();
				List<ScoreDoc> hits = new ArrayList<>(best(searcher, terms, jurisdictions, limit));
				hits.addAll(stating(searcher, terms, jurisdictions, figures, hits, Math.max(1, limit / 4)));
				for (ScoreDoc hit : hits) {
					Candidate candidate = current.get(hit.doc);
					if (seen.add(candidate.sameClause())) {
						candidates.add(candidate.withScore(hit.score));
					}
				}
				return candidates;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * The best clauses for the terms, those of the named places raised by
	 * {@link #JURISDICTION_BOOST}, found by two searches: the terms alone, and the terms
	 * within the named places. Their union holds the best raised scores, since a clause
	 * among the best either is of a named place, and then among the best of those, or is
	 * not, and then no raise lifted a clause it was below. One query with the raise as an
	 * optional clause would be exact too, but under it Lucene scores every clause holding
	 * any term instead of skipping those that cannot make the top.
	 */
	private static List<ScoreDoc> best(IndexSearcher searcher, Query terms, Collection<String> jurisdictions, int limit)
			throws IOException {
		Map<Integer, Float> scores = new HashMap<>();
		for (ScoreDoc hit : top(searcher, terms, limit)) {
			scores.put(hit.doc, hit.score);
		}
		if (!jurisdictions.isEmpty()) {
			Query local = new BooleanQuery.Builder().add(terms, BooleanClause.Occur.MUST)
				.add(places(jurisdictions), BooleanClause.Occur.FILTER)
				.build();
			for (ScoreDoc hit : top(searcher, local, limit)) {
				scores.put(hit.doc, hit.score + JURISDICTION_BOOST);
			}
		}
		return scores.entrySet()
			.stream()
			.map(entry -> new ScoreDoc(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt(hit -> hit.doc))
			.limit(limit)
			.toList();
	}

	/**
	 * The best clauses for the terms among those stating a figure of the kinds asked,
	 * beyond the best overall: in a large base the one clause that says "二十二周岁" can rank
	 * far below many that share the question's words and state no age. When the question
	 * names places, only their clauses: a figure of elsewhere is another place's.
	 */
	private static List<ScoreDoc> stating(IndexSearcher searcher, Query terms, Collection<String> jurisdictions,
			Set<FigureKind> figures, List<ScoreDoc> best, int limit) throws IOException {
		if (figures.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder stating = new BooleanQuery.Builder().add(terms, BooleanClause.Occur.MUST)
			.add(new TermInSetQuery(IndexFields.FIGURES,
					figures.stream().map(kind -> new BytesRef(kind.name())).toList()), BooleanClause.Occur.FILTER);
		if (!jurisdictions.isEmpty()) {
			stating.add(places(jurisdictions), BooleanClause.Occur.FILTER);
		}
		Set<Integer> found = new HashSet<>();
		best.forEach(hit -> found.add(hit.doc));
		List<ScoreDoc> more = new ArrayList<>();
		for (ScoreDoc hit : top(searcher, stating.build(), best.size() + limit)) {
			if (found.add(hit.doc) && more.size() < limit) {
				more.add(hit);
			}
		}
		return more;
	}

	/**
	 * The best few are wanted, not how many match: not counting lets Lucene skip clauses
	 * that cannot make the top.
	 */
	private static ScoreDoc[] top(IndexSearcher searcher, Query query, int limit) throws IOException {
		return searcher.search(query, new TopScoreDocCollectorManager(limit, null, limit)).scoreDocs;
	}

	/**
	 * The clauses whose embedded texts have the given keys (found by meaning), each
	 * scored as {@link #retrieve} would score it: 0 when it holds no word of the
	 * question.
	 */
	public List<Candidate> retrieveByVectorKeys(QueryText text, Collection<String> jurisdictions,
			Collection<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		return this.index.search(searcher -> {
			try {
				BooleanQuery.Builder builder = new BooleanQuery.Builder().add(
						new TermInSetQuery(IndexFields.VECTOR_KEY, keys.stream().map(BytesRef::new).toList()),
						BooleanClause.Occur.FILTER);
				Query terms = terms(searcher, text);
				if (terms != null) {
					builder.add(raised(terms, jurisdictions), BooleanClause.Occur.SHOULD);
				}
				ScoreDoc[] hits = searcher.search(builder.build(), keys.size() * 2).scoreDocs;
				ReaderCache current = cache(searcher);
				List<Candidate> candidates = new ArrayList<>(hits.length);
				for (ScoreDoc hit : hits) {
					candidates.add(current.get(hit.doc).withScore(hit.score));
				}
				return candidates;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private Query terms(IndexSearcher searcher, QueryText text) {
		ReaderCache cache = cache(searcher);
		BooleanQuery.Builder terms = new BooleanQuery.Builder();
		Collection<String> expansion = text.expansion();
		String context = text.context();
		int added = addTerms(terms, cache, new LinkedHashSet<>(text.words()), WORD_FIELDS, 1f);
		added += addTerms(terms, cache, Tokens.of(this.bigrams, IndexFields.TEXT_BIGRAM, text.text()), BIGRAM_FIELDS,
				1f);
		if (!expansion.isEmpty()) {
			// Official words are matched whole and by character pairs; no segmentation
			// needed.
			added += addTerms(terms, cache, new LinkedHashSet<>(expansion), WORD_FIELDS, EXPANSION_WEIGHT);
			for (String form : expansion) {
				added += addTerms(terms, cache, Tokens.of(this.bigrams, IndexFields.TEXT_BIGRAM, form), BIGRAM_FIELDS,
						EXPANSION_WEIGHT);
			}
		}
		if (!context.isBlank()) {
			added += addTerms(terms, cache, Tokens.of(this.words, IndexFields.TEXT, context), WORD_FIELDS,
					CONTEXT_WEIGHT);
		}
		if (added == 0) {
			return null;
		}
		return terms.build();
	}

	/**
	 * The terms' query with the clauses of the named places raised: a boost, not a
	 * filter, as a clause may concern a place without its document's jurisdiction saying
	 * so. The same scores as {@link #best}, in one query: for a few clauses fetched by
	 * key, where nothing is to be skipped and a clause holding no term must still come
	 * back.
	 */
	private static Query raised(Query terms, Collection<String> jurisdictions) {
		if (jurisdictions.isEmpty()) {
			return terms;
		}
		return new BooleanQuery.Builder().add(terms, BooleanClause.Occur.MUST)
			.add(new BoostQuery(new ConstantScoreQuery(places(jurisdictions)), JURISDICTION_BOOST),
					BooleanClause.Occur.SHOULD)
			.build();
	}

	private static Query places(Collection<String> jurisdictions) {
		return new TermInSetQuery(IndexFields.JURISDICTION, jurisdictions.stream().map(BytesRef::new).toList());
	}

	private static int addTerms(BooleanQuery.Builder builder, ReaderCache cache, Set<String> tokens, Field[] fields,
			float weight) {
		String primary = fields[0].name();
		Map<String, TermStates> known = new LinkedHashMap<>();
		for (String token : tokens) {
			TermStates states = cache.states(new Term(primary, token));
			if (states.docFreq() > 0) {
				known.put(token, states);
			}
		}
		List<String> chosen = new ArrayList<>(known.keySet());
		if (chosen.size() > MAX_TERMS) {
			chosen.sort(Comparator.comparingInt(token -> known.get(token).docFreq()));
			chosen = chosen.subList(0, MAX_TERMS);
		}
		for (String token : chosen) {
			for (Field field : fields) {
				Term term = new Term(field.name(), token);
				TermStates states = cache.states(term);
				if (states.docFreq() > 0) {
					builder.add(new BoostQuery(new TermQuery(term, states), field.boost() * weight),
							BooleanClause.Occur.SHOULD);
				}
			}
		}
		return chosen.size();
	}

	private ReaderCache cache(IndexSearcher searcher) {
		ReaderCache current = this.cache;
		if (current == null || current.searcher().getIndexReader() != searcher.getIndexReader()) {
			current = new ReaderCache(searcher, new AtomicReferenceArray<>(searcher.getIndexReader().maxDoc()),
					Caffeine.newBuilder().maximumSize(CACHED_TERMS).build());
			this.cache = current;
		}
		return current;
	}

	/**
	 * What is read from the current reader once: its stored clauses, decoded once each
	 * (decompressing stored fields is the largest cost of a search otherwise), and where
	 * each term of a query is found and in how many clauses (a term looked up costs a
	 * dictionary seek per field, and questions use the same words again and again; word
	 * weights come from the same lookup). Term states are complete once built, so queries
	 * on any thread share them.
	 */
	private record ReaderCache(IndexSearcher searcher, AtomicReferenceArray<Candidate> byDoc,
			Cache<Term, TermStates> termStates) {

		Candidate get(int doc) throws IOException {
			Candidate candidate = this.byDoc.get(doc);
			if (candidate == null) {
				candidate = toCandidate(this.searcher.getIndexReader().storedFields().document(doc));
				this.byDoc.set(doc, candidate);
			}
			return candidate;
		}

		TermStates states(Term term) {
			return this.termStates.get(term, this::lookUp);
		}

		private TermStates lookUp(Term term) {
			try {
				return TermStates.build(this.searcher, term, true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private static Candidate toCandidate(Document doc) {
		String year = doc.get(IndexFields.YEAR);
		String path = doc.get(IndexFields.HEADING_PATH);
		List<String> headingPath = path == null || path.isEmpty() ? List.of()
				: Arrays.asList(path.split(IndexFields.HEADING_SEPARATOR));
		return Candidate.of(doc.get(IndexFields.DOCUMENT_ID),
				doc.getField(IndexFields.ORDINAL).numericValue().intValue(), doc.get(IndexFields.TITLE),
				doc.get(IndexFields.JURISDICTION), year == null ? null : Integer.valueOf(year), headingPath,
				doc.get(IndexFields.TEXT), new ClauseColumns(doc.get(IndexFields.RESPONSIBLE),
						doc.get(IndexFields.DEADLINE), doc.get(IndexFields.DELIVERABLE)));
	}

	private record Field(String name, float boost) {
	}

}
