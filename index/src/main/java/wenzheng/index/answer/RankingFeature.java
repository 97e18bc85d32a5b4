package wenzheng.index.answer;

/**
 * What the ranking model reads about a candidate clause for a question; each value is 0
 * to 1 (or -1 to 0 for the gaps), so the weights of the model can be compared.
 */
public enum RankingFeature {

	/** The weighted share of the question's words the clause contains anywhere. */
	COVERAGE,
	/** The same for the clause's best sentence, with its headings. */
	SENTENCE_COVERAGE,
	/**
	 * Coverage with partial credit for a word the clause holds only in part (its
	 * character pairs): citizens shorten, lengthen and misspell official words.
	 */
	PARTIAL_COVERAGE,
	/** The retrieval score relative to the best candidate's. */
	RETRIEVAL,
	/** Whether retrieval ranked this candidate first. */
	RETRIEVAL_FIRST,
	/**
	 * How far the coverage is below the best candidate's (0 for the best, down to -1).
	 */
	COVERAGE_GAP,
	/** How far the best-sentence coverage is below the best candidate's. */
	SENTENCE_GAP,
	/**
	 * The clause holds the kind of fact a deadline, responsible-unit, quantity or place
	 * question asks for.
	 */
	SPECIFIC_INTENT_FIT,
	/** The clause holds the cue of a list, procedure or yes/no question asked. */
	COMMON_INTENT_FIT,
	/** The question asks for a particular kind of value and the clause holds one. */
	VALUE_HELD,
	/** The question asks for a particular kind of value and the clause holds none. */
	VALUE_MISSING,
	/**
	 * The weight of the heaviest question word the clause lacks, as a share of all: an
	 * unanswerable question usually asks about one thing no clause mentions.
	 */
	MISSED_MAX,
	/**
	 * The same for the question's nouns: a clause lacking a noun of the question lacks
	 * what it is about, one lacking a verb or an adverb is often the same thing put
	 * otherwise.
	 */
	MISSED_NOUN_MAX,
	/** The share of the question's words found only in the headings above the clause. */
	HEADING_SHARE,
	/** The share of the covered words found only through a dictionary's official form. */
	DICTIONARY_SHARE,
	/** How close together the question's words stand in the best sentence. */
	PROXIMITY,
	/**
	 * The clause's document covers where the question asks about: the question names a
	 * place and the document is of that place (or, for a document of no known place such
	 * as a news item titled without one, the clause names it), or the question names no
	 * place and the document holds nationwide (a law or regulation naming no place, in
	 * scope wherever the citizen asks from) or is of no known place. One feature for
	 * both, so that an answer in scope counts alike whether the citizen had to name a
	 * place or not.
	 */
	SCOPE_MATCH,
	/**
	 * The question names no place, the clause's document is of one place (a province's or
	 * a city's regulation), and another candidate's document holds nationwide: a citizen
	 * who names no place is answered by the law of the whole country before the local
	 * rules of a place they may not live in.
	 */
	LOCAL_BESIDE_NATIONAL,
	/**
	 * The clause sets a condition of duration or age ("一年以上不满三年的") that a figure the
	 * question states of the citizen's case meets ("两年期的合同").
	 */
	CONDITION_MET,
	/** How many words the question has (log scale): long questions cover less. */
	QUESTION_WORDS,
	/** The question is a long message from which only the asking sentences were kept. */
	LONG_MESSAGE,
	/**
	 * The cosine of the question's and the clause's meaning vectors (0 when the semantic
	 * reading is off or the clause has no vector yet).
	 */
	COSINE,
	/** How far the cosine is below the best candidate's (0 for the best, down to -1). */
	COSINE_GAP;

	/** Feature names as the model file writes them: lower case. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
