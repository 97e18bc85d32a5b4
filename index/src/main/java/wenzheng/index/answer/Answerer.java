package wenzheng.index.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import wenzheng.index.analysis.Synonyms;
import wenzheng.index.build.FigureKind;
import wenzheng.index.question.ClauseScope;
import wenzheng.index.question.Intent;
import wenzheng.index.question.Places;
import wenzheng.index.question.Question;
import wenzheng.index.question.QuestionReader;
import wenzheng.index.search.Candidate;
import wenzheng.index.semantic.SemanticReader;
import wenzheng.index.search.QueryText;
import wenzheng.index.search.Retriever;
import wenzheng.knowledge.faq.FaqEntry;

/**
 * Answers a question from the clause index, or says why it should not: another place or
 * year than the knowledge base covers, nothing that covers what is asked, or answers that
 * differ by place when no place is named.
 */
public final class Answerer {

	private static final int EXCERPT_LENGTH = 120;

	private static final Pattern LEADING_PREPOSITION = Pattern.compile("(^|\\s)(?:对于|对|针对|关于)(?=\\p{IsHan}{2})");

	private static final int MAX_OPTIONS = 4;

	private static final int STAFF_CANDIDATES = 3;

	/**
	 * How many clauses nearest in meaning join the lexical candidates: few, as most of
	 * them are among those already.
	 */
	private static final int NEIGHBOURS = 10;

	private final Retriever retriever;

	private final Places places;

	private final QuestionReader reader;

	private final AnswerSettings settings;

	private final Synonyms synonyms;

	private final ConceptReader concepts;

	private final List<FaqEntry> faqEntries;

	private final FaqMatcher faq;

	private final CandidateRanker ranker;

	private final SemanticReader semantic;

	private final AnswerComposer composer = new AnswerComposer();

	/**
	 * Readings and answers kept for the knowledge this answerer serves, as citizens ask
	 * the same questions again and again; for an hour at most, as "今年" changes meaning.
	 */
	private final Function<String, Question> readings;

	private final Function<Question, Answer> answers;

	/**
	 * @param retriever the clause search
	 * @param places the jurisdictions of the knowledge base
	 * @param synonyms the citizen-wording dictionary
	 * @param faq the published FAQ entries, matched before clauses
	 * @param settings the tunable numbers
	 */
	public Answerer(Retriever retriever, Places places, Synonyms synonyms, List<FaqEntry> faq,
			AnswerSettings settings) {
		this(retriever, places, synonyms, faq, settings, null);
	}

	/**
	 * @param retriever the clause search
	 * @param places the jurisdictions of the knowledge base
	 * @param synonyms the citizen-wording dictionary
	 * @param faq the published FAQ entries, matched before clauses
	 * @param settings the tunable numbers
	 * @param semantic the semantic reading of candidates, or {@code null} for none
	 */
	public Answerer(Retriever retriever, Places places, Synonyms synonyms, List<FaqEntry> faq, AnswerSettings settings,
			SemanticReader semantic) {
		this.semantic = semantic;
		this.retriever = retriever;
		this.places = places;
		this.synonyms = synonyms;
		this.faqEntries = List.copyOf(faq);
		this.reader = new QuestionReader(places);
		this.concepts = new ConceptReader(retriever, synonyms);
		this.faq = new FaqMatcher(faq, retriever);
		this.settings = settings;
		this.ranker = new CandidateRanker(settings.model());
		this.readings = remembered(this.reader::read, settings.cachedQuestions());
		this.answers = remembered(this::compute, settings.cachedQuestions());
	}

	private static <K, V> Function<K, V> remembered(Function<K, V> compute, int size) {
		if (size == 0) {
			return compute;
		}
		Cache<K, V> cache = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(Duration.ofHours(1)).build();
		return key -> cache.get(key, compute);
	}

	public Question read(String message) {
		return this.readings.apply(message);
	}

	public Places places() {
		return this.places;
	}

	public Synonyms synonyms() {
		return this.synonyms;
	}

	public List<FaqEntry> faq() {
		return this.faqEntries;
	}

	/**
	 * The same knowledge with another confidence threshold.
	 */
	public Answerer withThreshold(double threshold) {
		return new Answerer(this.retriever, this.places, this.synonyms, this.faqEntries,
				this.settings.withThreshold(threshold), this.semantic);
	}

	public Answer answer(String message) {
		return answer(read(message));
	}

	/**
	 * Answers a question; the same question gets the same answer from the same knowledge,
	 * so answers are kept for questions asked again.
	 */
	public Answer answer(Question question) {
		return this.answers.apply(question);
	}

	private Answer compute(Question question) {
		if (!this.faq.isEmpty()) {
			List<Concept> asked = this.concepts.read(ConceptReader.Focus.of(this.places.withoutKnown(question.focus())),
					question.intent());
			Optional<FaqMatcher.Match> match = this.faq.match(question, asked);
			if (match.isPresent()) {
				return faqAnswer(match.get());
			}
		}
		Ranking ranking = rank(question);
		if (ranking.early() != null) {
			return ranking.early();
		}
		List<RankedCandidate> ranked = ranking.ranked();
		RankedCandidate best = ranked.get(0);
		// "多少钱" or "电话是多少" answered without an amount or a number is no answer at all.
		double lead = lead(ranked, ranking.intent());
		boolean holdsWhatIsAsked = best.valueHeld() || !ranking.asked().asksAnExactValue();
		List<String> options = competingPlaces(question, ranked, best);
		if (options.size() > 1 && holdsWhatIsAsked) {
			// Once the citizen names one of the places, its clause is in scope: its
			// confidence then is what asking back is worth.
			double[] placed = best.features().clone();
			placed[RankingFeature.SCOPE_MATCH.ordinal()] = 1;
			double confidence = this.settings.model().confidence(placed, lead);
			if (confidence >= this.settings.threshold()) {
				return new Answer(Decision.CLARIFY, "不同地区的规定不同，请问您想了解哪个地区的？", confidence, sources(candidates(ranked)),
						options, "问题未指明地区");
			}
		}
		double confidence = holdsWhatIsAsked ? this.settings.model().confidence(best.features(), lead) : 0;
		if (confidence < this.settings.threshold()) {
			return Answer.abstain(confidence, sources(candidates(ranked)), "最相关条款只覆盖了问题的一部分");
		}
		String text = this.composer.compose(best.candidate(), ranking.concepts(), ranking.intent(), ranking.asked(),
				ranking.stated());
		return new Answer(Decision.ANSWER, text, confidence, List.of(source(best.candidate())), List.of(),
				"覆盖率 %.2f".formatted(best.coverage()));
	}

	/**
	 * The first candidate's lead over the best one giving another answer
	 * ({@link OneAnswer}): a law repeated by a local regulation, or two items of a table
	 * with the same deadline asked for, do not make the answer less certain.
	 */
	static double lead(List<RankedCandidate> ranked, Intent intent) {
		OneAnswer oneAnswer = new OneAnswer(intent);
		RankedCandidate best = ranked.get(0);
		OneAnswer.Reading first = oneAnswer.read(best.candidate());
		for (RankedCandidate other : ranked.subList(1, ranked.size())) {
			if (!first.sameAs(oneAnswer.read(other.candidate()))) {
				return RankingModel.lead(best.score(), other.score());
			}
		}
		return 1;
	}

	private static Answer faqAnswer(FaqMatcher.Match match) {
		FaqEntry entry = match.entry();
		String text = entry.answer() + "\n\n来源：常见问题“" + entry.question() + "”";
		Source source = new Source("faq-" + entry.id(), "常见问题", entry.question(), entry.answer(), null);
		return new Answer(Decision.ANSWER, text, match.similarity(), List.of(source), List.of(), "常见问题");
	}

	/**
	 * The clauses answering would choose from, best first, each with what the ranking
	 * model read and the reply it would give: the rows the model is fitted on.
	 */
	public List<CandidateReading> readCandidates(String message) {
		Ranking ranking = rank(read(message));
		List<RankedCandidate> ranked = ranking.ranked();
		OneAnswer oneAnswer = new OneAnswer(ranking.intent());
		List<OneAnswer.Reading> compared = ranked.stream()
			.map(candidate -> oneAnswer.read(candidate.candidate()))
			.toList();
		// Giving one answer goes both ways, so each pair is compared once.
		List<Set<Integer>> sameAnswer = new ArrayList<>();
		ranked.forEach(candidate -> sameAnswer.add(new TreeSet<>()));
		for (int i = 0; i < ranked.size(); i++) {
			for (int j = i + 1; j < ranked.size(); j++) {
				if (compared.get(i).sameAs(compared.get(j))) {
					sameAnswer.get(i).add(j + 1);
					sameAnswer.get(j).add(i + 1);
				}
			}
		}
		List<CandidateReading> readings = new ArrayList<>(ranked.size());
		for (int i = 0; i < ranked.size(); i++) {
			RankedCandidate candidate = ranked.get(i);
			readings.add(new CandidateReading(candidate.candidate(), candidate.features().clone(), candidate.score(),
					this.composer.compose(candidate.candidate(), ranking.concepts(), ranking.intent(), ranking.asked(),
							ranking.stated()),
					sameAnswer.get(i)));
		}
		return readings;
	}

	/**
	 * The clauses answering would choose from, best first, for retrieval checks.
	 */
	public List<Candidate> rankedCandidates(String message, int limit) {
		List<Candidate> candidates = candidates(rank(read(message)).ranked());
		return candidates.subList(0, Math.min(limit, candidates.size()));
	}

	private Ranking rank(Question question) {
		List<String> foreign = foreignPlaces(question);
		if (!foreign.isEmpty() && (question.places().isEmpty() || asksOnlyAbout(foreign, question))) {
			return Ranking.early(Answer.abstain(0, List.of(), "问题涉及的地区（" + String.join("、", foreign) + "）不在知识库范围内"));
		}
		String subject = subject(question);
		String context = question.focus().equals(question.text()) ? "" : withoutYears(question.text(), question);
		ConceptReader.Focus focus = ConceptReader.Focus.of(subject);
		List<Concept> concepts = this.concepts.read(focus, question.intent());
		if (concepts.isEmpty()) {
			return Ranking.early(Answer.abstain(0, List.of(), "问题中没有可检索的内容"));
		}
		// What the citizen sets aside or states of their own case ("带5岁的孩子") is searched
		// as context: a bare "5" otherwise finds every short clause dated on a 5th.
		Set<String> words = new LinkedHashSet<>(question.places());
		concepts.stream().map(Concept::word).filter(word -> !focus.setsAside(word)).forEach(words::add);
		if (!context.isEmpty()) {
			concepts = this.concepts.withStory(concepts, this.places.withoutKnown(context), question.intent());
		}
		QueryText text = new QueryText(words, focus.asked() + " " + String.join(" ", question.places()),
				ConceptReader.expansion(concepts), focus.setAside() + context);
		List<Candidate> candidates = withNeighbours(question, text,
				this.retriever.retrieve(text, question.places(), FigureKind.askedIn(question.focus()),
						this.settings.candidates()))
			.stream()
			.filter(candidate -> concernsNamedPlaces(candidate, question))
			.toList();
		if (!question.years().isEmpty()) {
			List<Candidate> sameYear = candidates.stream()
				.filter(candidate -> explainsYears(candidate, question))
				.toList();
			if (sameYear.isEmpty() && !candidates.isEmpty()) {
				return Ranking.early(Answer.abstain(0, sources(candidates), "知识库中没有问题所说年份的文件"));
			}
			candidates = sameYear;
		}
		if (candidates.isEmpty()) {
			return Ranking.early(Answer.abstain(0, List.of(), "没有找到相关条款"));
		}
		AskedValue asked = AskedValue.of(question.focus());
		StatedFigures stated = StatedFigures.of(question.focus());
		RankingQuery query = new RankingQuery(concepts, question.intent(), asked, question.places(),
				!question.focus().equals(question.text()), stated,
				candidate -> ClauseScope.places(this.places, candidate.fullText())
					.stream()
					.anyMatch(question.places()::contains));
		List<RankedCandidate> ranked = this.ranker.rank(candidates, query, cosines(question, candidates));
		return new Ranking(holdersOfExactValueFirst(ranked, asked), concepts, question.intent(), asked, stated, null);
	}

	/**
	 * The lexical candidates and, with the semantic reading, the clauses nearest in
	 * meaning that they lack: a citizen's words can be far from the document's.
	 */
	private List<Candidate> withNeighbours(Question question, QueryText text, List<Candidate> retrieved) {
		if (this.semantic == null) {
			return retrieved;
		}
		List<String> keys = this.semantic.neighbours(question.focus(), NEIGHBOURS);
		List<Candidate> all = new ArrayList<>(retrieved);
		Set<List<String>> seen = new HashSet<>();
		retrieved.forEach(candidate -> seen.add(candidate.sameClause()));
		for (Candidate candidate : this.retriever.retrieveByVectorKeys(text, question.places(), keys)) {
			if (seen.add(candidate.sameClause())) {
				all.add(candidate);
			}
		}
		return all;
	}

	/**
	 * The places the question names that the knowledge base does not cover: not a
	 * jurisdiction, and (except the national level, which every document mentions in
	 * passing) never mentioned in any clause.
	 */
	private List<String> foreignPlaces(Question question) {
		return question.unknownPlaces()
			.stream()
			.filter(place -> place.equals(Places.NATIONAL) || !this.retriever.mentions(place))
			.toList();
	}

	/**
	 * Whether the part of a long message that asks names only places the knowledge base
	 * does not cover: "同事说我们这边跟洮北区不一样。请问延边州的权重是多少？" asks about 延边州.
	 */
	private boolean asksOnlyAbout(List<String> foreign, Question question) {
		String focus = question.focus();
		return !focus.equals(question.text()) && foreign.stream().anyMatch(focus::contains)
				&& this.places.known(focus).isEmpty();
	}

	/**
	 * When the question names places, a clause of another jurisdiction counts only if it
	 * names one of them itself, not in a title it cites; the national level not even
	 * then, as local documents cite the State Council in passing. When it names only
	 * places no document covers but some clause mentions ("白城市"), only the clauses that
	 * name them count, and for a city or province not those of a district's or zone's
	 * plan. A clause that excepts a place the question names ("除湖北省外") never counts.
	 */
	private boolean concernsNamedPlaces(Candidate candidate, Question question) {
		if (question.places().isEmpty()) {
			return ClauseScope.speaksFor(this.places, candidate.fullText(), candidate.jurisdiction(),
					question.unknownPlaces());
		}
		if (ClauseScope.exceptedPlaces(this.places, candidate.fullText())
			.stream()
			.anyMatch(question.places()::contains)) {
			return false;
		}
		if (candidate.jurisdiction() == null || question.places().contains(candidate.jurisdiction())) {
			return true;
		}
		return ClauseScope.places(this.places, candidate.fullText())
			.stream()
			.filter(place -> !place.equals(Places.NATIONAL))
			.anyMatch(question.places()::contains);
	}

	/**
	 * For a question asking for a telephone number, an e-mail address, a sum of money, a
	 * date, a person or the members of a set ({@link AskedValue#exact()}), the clauses
	 * that hold one come first: any other clause cannot answer it, however well it
	 * matches the words around the question ("如何电话举报…" matches the clause on what may be
	 * reported, not the one with the number).
	 */
	private static List<RankedCandidate> holdersOfExactValueFirst(List<RankedCandidate> ranked, AskedValue asked) {
		if (!asked.exact()) {
			return ranked;
		}
		Map<Boolean, List<RankedCandidate>> holding = ranked.stream()
			.collect(Collectors.partitioningBy(RankedCandidate::valueHeld));
		List<RankedCandidate> ordered = new ArrayList<>(holding.get(true));
		ordered.addAll(holding.get(false));
		return ordered;
	}

	/**
	 * Whether every year the question names is the year of the clause's document or a
	 * year the clause itself names (a deadline, a period), not one of a title it cites.
	 */
	private static boolean explainsYears(Candidate candidate, Question question) {
		Set<Integer> named = ClauseScope.years(candidate.fullText());
		return question.years().stream().allMatch(year -> year.equals(candidate.year()) || named.contains(year));
	}

	private double[] cosines(Question question, List<Candidate> candidates) {
		if (this.semantic == null) {
			double[] unknown = new double[candidates.size()];
			Arrays.fill(unknown, Double.NaN);
			return unknown;
		}
		return this.semantic.cosines(question.focus(), candidates);
	}

	private static List<Candidate> candidates(List<RankedCandidate> ranked) {
		return ranked.stream().map(RankedCandidate::candidate).toList();
	}

	/**
	 * Ranked candidates with the concepts used, or the answer when the question is
	 * settled before ranking.
	 */
	private record Ranking(List<RankedCandidate> ranked, List<Concept> concepts, Intent intent, AskedValue asked,
			StatedFigures stated, Answer early) {

		static Ranking early(Answer answer) {
			return new Ranking(List.of(), List.of(), Intent.GENERAL, AskedValue.NONE, StatedFigures.NONE, answer);
		}

	}

	/**
	 * The places to offer when the question names none and clauses of several places
	 * answer it equally well with parallel texts (the same task in two places' plans), so
	 * that the answer depends on the place.
	 */
	private List<String> competingPlaces(Question question, List<RankedCandidate> ranked, RankedCandidate best) {
		if (!question.places().isEmpty() || this.places.jurisdictions().size() < 2
				|| best.candidate().jurisdiction() == null) {
			return List.of();
		}
		Set<String> places = new LinkedHashSet<>();
		places.add(best.candidate().jurisdiction());
		Parallel bestText = Parallel.of(best.candidate().text());
		for (RankedCandidate candidate : ranked) {
			String place = candidate.candidate().jurisdiction();
			if (place == null || places.contains(place)
					|| candidate.score() < best.score() - this.settings.clarifyMargin()) {
				continue;
			}
			if (bestText.says(Parallel.of(candidate.candidate().text()))) {
				places.add(place);
			}
		}
		return places.stream().limit(MAX_OPTIONS).toList();
	}

	/**
	 * What the question is about: its focus without place names, years and the
	 * preposition after a place ("吉林省对流调信息…"), which would otherwise stick to the next
	 * word when segmented ("对流").
	 */
	private String subject(Question question) {
		String blanked = this.places.withoutKnown(withoutYears(question.focus(), question));
		return LEADING_PREPOSITION.matcher(CitedSource.blank(blanked)).replaceAll("$1 ");
	}

	private static String withoutYears(String text, Question question) {
		String stripped = text;
		for (Integer year : question.years()) {
			stripped = stripped.replace(year + "年", " ");
		}
		return stripped;
	}

	private static List<Source> sources(List<Candidate> candidates) {
		List<Source> sources = new ArrayList<>();
		for (Candidate candidate : candidates.subList(0, Math.min(STAFF_CANDIDATES, candidates.size()))) {
			sources.add(source(candidate));
		}
		return sources;
	}

	private static Source source(Candidate candidate) {
		String text = candidate.text();
		String excerpt = text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "…";
		return new Source(candidate.documentId(), candidate.title(), candidate.section(), excerpt,
				candidate.columns().responsible());
	}

}
