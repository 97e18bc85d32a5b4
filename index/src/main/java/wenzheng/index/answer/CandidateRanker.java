package wenzheng.index.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import wenzheng.index.analysis.Thesaurus;
import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;
import wenzheng.knowledge.WordKinds;

import static wenzheng.index.answer.RankingFeature.COMMON_INTENT_FIT;
import static wenzheng.index.answer.RankingFeature.CONDITION_MET;
import static wenzheng.index.answer.RankingFeature.COSINE;
import static wenzheng.index.answer.RankingFeature.COSINE_GAP;
import static wenzheng.index.answer.RankingFeature.COVERAGE;
import static wenzheng.index.answer.RankingFeature.COVERAGE_GAP;
import static wenzheng.index.answer.RankingFeature.DICTIONARY_SHARE;
import static wenzheng.index.answer.RankingFeature.HEADING_SHARE;
import static wenzheng.index.answer.RankingFeature.LOCAL_BESIDE_NATIONAL;
import static wenzheng.index.answer.RankingFeature.LONG_MESSAGE;
import static wenzheng.index.answer.RankingFeature.MISSED_MAX;
import static wenzheng.index.answer.RankingFeature.MISSED_NOUN_MAX;
import static wenzheng.index.answer.RankingFeature.PARTIAL_COVERAGE;
import static wenzheng.index.answer.RankingFeature.PROXIMITY;
import static wenzheng.index.answer.RankingFeature.QUESTION_WORDS;
import static wenzheng.index.answer.RankingFeature.RETRIEVAL;
import static wenzheng.index.answer.RankingFeature.RETRIEVAL_FIRST;
import static wenzheng.index.answer.RankingFeature.SCOPE_MATCH;
import static wenzheng.index.answer.RankingFeature.SENTENCE_COVERAGE;
import static wenzheng.index.answer.RankingFeature.SENTENCE_GAP;
import static wenzheng.index.answer.RankingFeature.SPECIFIC_INTENT_FIT;
import static wenzheng.index.answer.RankingFeature.VALUE_HELD;
import static wenzheng.index.answer.RankingFeature.VALUE_MISSING;

/**
 * Re-ranks retrieved clauses by the ranking model's score. BM25 alone favours long
 * clauses sharing many common words; the model weighs whether the clause (and one
 * sentence of it) mentions what the citizen asks about, each word weighted by its rarity,
 * whether it holds the kind of fact asked, and how retrieval saw it.
 */
final class CandidateRanker {

	/**
	 * Questions of this many words or more count as long for
	 * {@link RankingFeature#QUESTION_WORDS}.
	 */
	private static final double MANY_WORDS = 16;

	/**
	 * The credit, as a share of its weight, for a question word the clause holds only as
	 * a general synonym: below an exact match, as a group of 同义词词林 holds near synonyms
	 * too.
	 */
	private static final double SYNONYM_CREDIT = 0.5;

	/**
	 * The credit for a question word the clause holds only spelled out, as for a general
	 * synonym.
	 */
	private static final double ABBREVIATION_CREDIT = 0.5;

	/** Question words of two to this many characters may be short forms. */
	private static final int MAX_ABBREVIATION = 3;

	static {
		// HanLP reads its dictionaries on first use (a third of a second for the
		// thesaurus): here, when the first answerer is built while the knowledge base
		// loads, not on a citizen's first question.
		WordKinds.isNoun("政策");
		Thesaurus.synonymsOf("政策");
	}

	private final RankingModel model;

	CandidateRanker(RankingModel model) {
		this.model = model;
	}

	/**
	 * @param cosines each candidate's cosine with the question, {@code NaN} where unknown
	 */
	List<RankedCandidate> rank(List<Candidate> candidates, RankingQuery query, double[] cosines) {
		if (candidates.isEmpty()) {
			return List.of();
		}
		// A word's part of speech is the same for every candidate: looked up once.
		boolean[] nouns = new boolean[query.concepts().size()];
		List<List<String>> synonyms = new ArrayList<>(nouns.length);
		for (int c = 0; c < nouns.length; c++) {
			nouns[c] = WordKinds.isNoun(query.concepts().get(c).word());
			synonyms.add(Thesaurus.synonymsOf(query.concepts().get(c).word()));
		}
		List<Reading> readings = candidates.stream().map(candidate -> read(candidate, query, nouns, synonyms)).toList();
		double bestScore = candidates.stream().mapToDouble(Candidate::score).max().orElse(1);
		double bestCoverage = readings.stream().mapToDouble(Reading::coverage).max().orElse(0);
		double bestSentence = readings.stream().mapToDouble(Reading::sentenceCoverage).max().orElse(0);
		double questionWords = Math.min(1, Math.log1p(query.concepts().size()) / Math.log1p(MANY_WORDS));
		boolean specific = isSpecific(query.intent());
		boolean valueAsked = query.value() != AskedValue.NONE;
		double bestCosine = bestKnown(cosines);
		boolean nationalCandidate = candidates.stream().anyMatch(RankingQuery::isNationwide);
		List<RankedCandidate> ranked = new ArrayList<>(candidates.size());
		for (int i = 0; i < candidates.size(); i++) {
			Candidate candidate = candidates.get(i);
			Reading reading = readings.get(i);
			boolean fit = IntentCues.fits(candidate, query.intent()) && query.intent() != Intent.GENERAL;
			boolean valueHeld = query.value().heldBy(candidate);
			double[] x = new double[RankingFeature.values().length];
			x[COVERAGE.ordinal()] = reading.coverage();
			x[SENTENCE_COVERAGE.ordinal()] = reading.sentenceCoverage();
			x[PARTIAL_COVERAGE.ordinal()] = reading.partialCoverage();
			x[RETRIEVAL.ordinal()] = bestScore > 0 ? candidate.score() / bestScore : 0;
			x[RETRIEVAL_FIRST.ordinal()] = candidate.score() >= bestScore ? 1 : 0;
			x[COVERAGE_GAP.ordinal()] = reading.coverage() - bestCoverage;
			x[SENTENCE_GAP.ordinal()] = reading.sentenceCoverage() - bestSentence;
			x[SPECIFIC_INTENT_FIT.ordinal()] = fit && specific ? 1 : 0;
			x[COMMON_INTENT_FIT.ordinal()] = fit && !specific ? 1 : 0;
			x[VALUE_HELD.ordinal()] = valueAsked && valueHeld ? 1 : 0;
			x[VALUE_MISSING.ordinal()] = valueAsked && !valueHeld ? 1 : 0;
			x[MISSED_MAX.ordinal()] = reading.missedMax();
			x[MISSED_NOUN_MAX.ordinal()] = reading.missedNounMax();
			x[HEADING_SHARE.ordinal()] = reading.headingShare();
			x[DICTIONARY_SHARE.ordinal()] = reading.dictionaryShare();
			x[PROXIMITY.ordinal()] = reading.proximity();
			x[SCOPE_MATCH.ordinal()] = query.inScope(candidate) ? 1 : 0;
			x[LOCAL_BESIDE_NATIONAL.ordinal()] = query.localBesideNational(candidate, nationalCandidate) ? 1 : 0;
			x[CONDITION_MET.ordinal()] = query.stated().metBy(candidate.text()) ? 1 : 0;
			x[QUESTION_WORDS.ordinal()] = questionWords;
			x[LONG_MESSAGE.ordinal()] = query.longMessage() ? 1 : 0;
			if (!Double.isNaN(cosines[i])) {
				x[COSINE.ordinal()] = Math.max(0, cosines[i]);
				x[COSINE_GAP.ordinal()] = cosines[i] - bestCosine;
			}
			ranked.add(new RankedCandidate(candidate, x, valueHeld, this.model.score(x)));
		}
		ranked.sort(Comparator.comparingDouble(RankedCandidate::score).reversed());
		return ranked;
	}

	private static double bestKnown(double[] cosines) {
		double best = Double.NaN;
		for (double cosine : cosines) {
			if (!Double.isNaN(cosine) && (Double.isNaN(best) || cosine > best)) {
				best = cosine;
			}
		}
		return best;
	}

	/**
	 * Deadlines, units, numbers and places are cues few clauses hold; those of lists,
	 * procedures and rules ("等", "通过", "要") nearly every clause has, so they tell little.
	 */
	private static boolean isSpecific(Intent intent) {
		return switch (intent) {
			case DEADLINE, RESPONSIBLE, QUANTITY, PLACE -> true;
			default -> false;
		};
	}

	/**
	 * @param nouns whether each of the query's concepts is a noun
	 */
	private static Reading read(Candidate candidate, RankingQuery query, boolean[] nouns, List<List<String>> synonyms) {
		List<Concept> concepts = query.concepts();
		String fullText = candidate.fullText();
		String headings = candidate.headings();
		double total = 0;
		double found = 0;
		double missedMax = 0;
		double missedNounMax = 0;
		double onlyInHeadings = 0;
		double throughDictionary = 0;
		double partial = 0;
		List<Concept> inBody = new ArrayList<>();
		for (int c = 0; c < concepts.size(); c++) {
			Concept concept = concepts.get(c);
			total += concept.weight();
			if (!concept.in(fullText)) {
				missedMax = Math.max(missedMax, concept.weight());
				if (nouns[c]) {
					missedNounMax = Math.max(missedNounMax, concept.weight());
				}
				double synonym = synonyms.get(c).stream().anyMatch(fullText::contains) ? SYNONYM_CREDIT : 0;
				partial += concept.weight()
						* Math.max(synonym, Math.max(pairsFound(concept, fullText), abbreviated(concept, fullText)));
				continue;
			}
			found += concept.weight();
			if (!fullText.contains(concept.word())) {
				throughDictionary += concept.weight();
			}
			if (concept.in(headings)) {
				if (!concept.in(candidate.text())) {
					onlyInHeadings += concept.weight();
				}
			}
			else {
				inBody.add(concept);
			}
		}
		if (total == 0) {
			return new Reading(0, 0, 0, 0, 0, 0, 0, 0);
		}
		double inHeadings = found - weight(inBody);
		double bestSentence = inHeadings;
		double proximity = inBody.isEmpty() && inHeadings > 0 ? 1 : 0;
		for (String sentence : ClauseReadings.sentences(candidate.text())) {
			double inSentence = inHeadings;
			int first = Integer.MAX_VALUE;
			int last = -1;
			int matched = 0;
			for (Concept concept : inBody) {
				for (String form : concept.forms()) {
					int at = sentence.indexOf(form);
					if (at >= 0) {
						inSentence += concept.weight();
						first = Math.min(first, at);
						last = Math.max(last, at + form.length());
						matched += form.length();
						break;
					}
				}
			}
			double near = last < 0 ? (inHeadings > 0 ? 1 : 0) : Math.min(1, (double) matched / (last - first));
			if (inSentence > bestSentence) {
				bestSentence = inSentence;
				proximity = near;
			}
			else if (inSentence == bestSentence) {
				proximity = Math.max(proximity, near);
			}
		}
		return new Reading(found / total, bestSentence / total, (found + partial) / total, missedMax / total,
				missedNounMax / total, onlyInHeadings / total, found == 0 ? 0 : throughDictionary / found, proximity);
	}

	private static double weight(List<Concept> concepts) {
		return concepts.stream().mapToDouble(Concept::weight).sum();
	}

	static double coverage(String text, List<Concept> concepts) {
		double total = 0;
		double found = 0;
		for (Concept concept : concepts) {
			total += concept.weight();
			if (concept.in(text)) {
				found += concept.weight();
			}
		}
		return total == 0 ? 0 : found / total;
	}

	/**
	 * The largest share of a form's character pairs the text holds.
	 */
	static double pairsFound(Concept concept, String text) {
		double best = 0;
		for (String form : concept.forms()) {
			int pairs = form.length() - 1;
			if (pairs < 1) {
				continue;
			}
			int found = 0;
			for (int i = 0; i < pairs; i++) {
				if (text.contains(form.substring(i, i + 2))) {
					found++;
				}
			}
			best = Math.max(best, (double) found / pairs);
		}
		return best;
	}

	/**
	 * The credit for a form the text holds spelled out: its characters in order with a
	 * few between them ("年假" in "年休假", "医保" in "医疗保险", "低保" in "最低生活保障"), as Chinese
	 * shortens a term by keeping a character of each part.
	 */
	static double abbreviated(Concept concept, String text) {
		for (String form : concept.forms()) {
			if (form.length() >= 2 && form.length() <= MAX_ABBREVIATION && spelledOut(form, text)) {
				return ABBREVIATION_CREDIT;
			}
		}
		return 0;
	}

	private static boolean spelledOut(String form, String text) {
		int maxSpan = form.length() * 2 + 1;
		for (int start = text.indexOf(form.charAt(0)); start >= 0; start = text.indexOf(form.charAt(0), start + 1)) {
			int at = start;
			int i = 1;
			while (i < form.length()) {
				int next = text.indexOf(form.charAt(i), at + 1);
				if (next < 0 || next - start >= maxSpan) {
					break;
				}
				at = next;
				i++;
			}
			if (i == form.length()) {
				return true;
			}
		}
		return false;
	}

	private record Reading(double coverage, double sentenceCoverage, double partialCoverage, double missedMax,
			double missedNounMax, double headingShare, double dictionaryShare, double proximity) {
	}

}
