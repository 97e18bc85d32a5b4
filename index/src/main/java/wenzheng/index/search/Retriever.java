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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

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
				List<ScoreDoc> hits = hits(searcher, terms, jurisdictions, current.stating(figures), limit);
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
	 * <p>
	 * After them, up to a quarter as many (at least one) of the best clauses stating a
	 * figure of the kinds asked, taken from the same searches (within the named places,
	 * when the question names any: a figure of elsewhere is another place's): in a large
	 * base the one clause that says "二十二周岁" can rank far below many that share the
	 * question's words and state no age.
	 */
	private static List<ScoreDoc> hits(IndexSearcher searcher, Query terms, Collection<String> jurisdictions,
			Bits stating, int limit) throws IOException {
		int statingLimit = stating == null ? 0 : Math.max(1, limit / 4);
		Map<Integer, Float> scores = new HashMap<>();
		TopsWithFigures.Tops overall = tops(searcher, terms, jurisdictions.isEmpty() ? stating : null, limit,
				statingLimit);
		for (ScoreDoc hit : overall.best().scoreDocs) {
			scores.put(hit.doc, hit.score);
		}
		TopDocs statingTops = overall.stating();
		if (!jurisdictions.isEmpty()) {
			Query local = new BooleanQuery.Builder().add(terms, BooleanClause.Occur.MUST)
				.add(places(jurisdictions), BooleanClause.Occur.FILTER)
				.build();
			TopsWithFigures.Tops within = tops(searcher, local, stating, limit, statingLimit);
			for (ScoreDoc hit : within.best().scoreDocs) {
				scores.put(hit.doc, hit.score + JURISDICTION_BOOST);
			}
			statingTops = within.stating();
		}
		List<ScoreDoc> hits = new ArrayList<>(scores.entrySet()
			.stream()
			.map(entry -> new ScoreDoc(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt(hit -> hit.doc))
			.limit(limit)
			.toList());
		if (statingTops != null) {
			Set<Integer> found = new HashSet<>();
			hits.forEach(hit -> found.add(hit.doc));
			Arrays.stream(statingTops.scoreDocs)
				.filter(hit -> found.add(hit.doc))
				.limit(statingLimit)
				.forEach(hits::add);
		}
		return hits;
	}

	/**
	 * The best clauses for the query and, when clauses stating a figure are given, the
	 * best of those beyond what the first list can hold, from one search. The best few
	 * are wanted, not how many match: not counting lets Lucene skip clauses that cannot
	 * make the top.
	 */
	private static TopsWithFigures.Tops tops(IndexSearcher searcher, Query query, Bits stating, int limit,
			int statingLimit) throws IOException {
		if (stating == null) {
			return new TopsWithFigures.Tops(searcher.search(query, new TopScoreDocCollectorManager(limit, null, limit)),
					null);
		}
		return searcher.search(query, new TopsWithFigures(limit, limit + statingLimit, stating));
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
					Caffeine.newBuilder().maximumSize(CACHED_TERMS).build(), new ConcurrentHashMap<>());
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
			Cache<Term, TermStates> termStates, Map<FigureKind, FixedBitSet> figureDocs) {

		/**
		 * The clauses stating a figure of any of the kinds, or {@code null} for none.
		 */
		Bits stating(Set<FigureKind> kinds) {
			if (kinds.isEmpty()) {
				return null;
			}
			List<FixedBitSet> sets = kinds.stream().map(this::stating).toList();
			if (sets.size() == 1) {
				return sets.get(0);
			}
			FixedBitSet union = new FixedBitSet(this.byDoc.length());
			sets.forEach(union::or);
			return union;
		}

		private FixedBitSet stating(FigureKind kind) {
			return this.figureDocs.computeIfAbsent(kind, this::read);
		}

		private FixedBitSet read(FigureKind kind) {
			FixedBitSet docs = new FixedBitSet(this.byDoc.length());
			Term term = new Term(IndexFields.FIGURES, kind.name());
			try {
				for (LeafReaderContext leaf : this.searcher.getIndexReader().leaves()) {
					PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
					if (postings != null) {
						for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings
							.nextDoc()) {
							docs.set(leaf.docBase + doc);
						}
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return docs;
		}

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
