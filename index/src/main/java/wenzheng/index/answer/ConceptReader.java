package wenzheng.index.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import wenzheng.index.analysis.Synonyms;
import wenzheng.index.analysis.Thesaurus;
import wenzheng.index.question.Intent;
import wenzheng.index.question.Places;
import wenzheng.index.search.Retriever;
import wenzheng.knowledge.WordKinds;

/**
 * Turns the focus of a question into weighted concepts: dictionary words become one
 * concept with their official synonyms, a limit asked one with the words rules state a
 * bound in ({@link AskedBound}), the remaining content words one concept each (a typo
 * with the word meant), and words that only name the kind of fact asked are left out.
 */
final class ConceptReader {

	/**
	 * Single characters say little on their own ("交", "钱"), so they count less than
	 * words.
	 */
	static final double SINGLE_CHARACTER_FACTOR = 0.3;

	/**
	 * What the citizen already knows and sets aside ("除了发文字稿，还会用什么形式"): its words are not
	 * what is asked, so they weigh {@link #SET_ASIDE_FACTOR} of their weight.
	 */
	private static final Pattern SET_ASIDE = Pattern.compile("除了[^，,。；;？?！!\\s]+");

	/**
	 * A date, duration, age or sum the citizen states of their own case ("拖到十二月",
	 * "工作十二年了", "二十个工作日内"): the clause states the rule's own figure, so the citizen's is
	 * set aside too.
	 */
	private static final Pattern STATED_FIGURE = Pattern
		.compile("[0-9零〇一二两三四五六七八九十百千万半]+多?个?(?:月|年|周岁|岁|天|日|工作日|小时|周|星期|元|块|万元)");

	private static final double SET_ASIDE_FACTOR = 0.3;

	/**
	 * A focus whose words weigh less than this together says little of its own
	 * ("这种情况该怎么处理？", "我们能跟他们合作吗？"): what it is about is in the story before it. About two
	 * rare words among a few hundred clauses; in a large base a rare word weighs more, so
	 * a focus says enough with less (scaled with the base, the threshold lost a law
	 * question and gained none).
	 */
	private static final double LITTLE_SAID = 10;

	/**
	 * The story's words weigh at most this share of the focus's weight together: they
	 * tell the clauses about the same case apart, and the ask stays the focus's.
	 */
	private static final double STORY_SHARE = 0.9;

	private final Retriever retriever;

	private final Synonyms synonyms;

	private final TypoWords typos;

	ConceptReader(Retriever retriever, Synonyms synonyms) {
		this.retriever = retriever;
		this.synonyms = synonyms;
		this.typos = new TypoWords(retriever::documentFrequency);
	}

	List<Concept> read(Focus focus, Intent intent) {
		String text = focus.text();
		StringBuilder rest = new StringBuilder(text);
		List<Set<String>> groups = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (Synonyms.Match match : this.synonyms.find(text)) {
			if (!keys.contains(match.word())) {
				Set<String> forms = new LinkedHashSet<>(match.officials());
				forms.add(match.word());
				groups.add(forms);
				keys.add(match.word());
			}
			taken(rest, match.start(), match.end());
		}
		// Read in the whole text: what follows "最低" tells a limit from a figure's name
		// ("最低工资"); a bound the dictionary took a part of is its word's.
		for (AskedBound.Match bound : AskedBound.find(text)) {
			if (rest.substring(bound.start(), bound.end()).indexOf(' ') >= 0) {
				continue;
			}
			if (!keys.contains(bound.word())) {
				groups.add(bound.forms());
				keys.add(bound.word());
			}
			taken(rest, bound.start(), bound.end());
		}
		List<String> words = List.copyOf(this.retriever.contentWords(rest.toString()));
		for (TypoWords.Word word : this.typos.read(words, rest.toString())) {
			String written = word.written();
			if (!IntentWords.isIntentWord(intent, written) && !keys.contains(written)) {
				groups.add(formsOf(word));
				keys.add(written);
			}
		}
		Set<String> all = new HashSet<>();
		groups.forEach(all::addAll);
		Map<String, Retriever.Rarity> rarities = all.isEmpty() ? Map.of() : new HashMap<>(this.retriever.rarities(all));
		addGeneralSynonyms(groups, rarities);
		List<Concept> concepts = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			Set<String> forms = groups.get(i);
			// A concept is as telling as its most common form: finding "经费" for "钱" is an
			// ordinary match.
			double weight = forms.stream().mapToDouble(form -> rarities.get(form).weight()).min().orElse(0);
			if (keys.get(i).length() == 1) {
				weight *= SINGLE_CHARACTER_FACTOR;
			}
			if (focus.setsAside(keys.get(i)) || isOnlyTheCitizensWording(forms, rarities)) {
				weight *= SET_ASIDE_FACTOR;
			}
			concepts.add(new Concept(keys.get(i), forms, weight));
		}
		return concepts;
	}

	/**
	 * The focus's concepts and, when the focus says little of its own, those of the story
	 * the citizen told before it, at a fraction of their weight
	 * ({@link #SET_ASIDE_FACTOR}, less where the story is long): a message's last line
	 * often only points back ("这种情况", "他们") to what the rest says.
	 * @param concepts the focus's concepts
	 * @param story the whole message, without the places and years it names
	 */
	List<Concept> withStory(List<Concept> concepts, String story, Intent intent) {
		double focusWeight = concepts.stream().mapToDouble(Concept::weight).sum();
		if (focusWeight >= LITTLE_SAID) {
			return concepts;
		}
		Set<String> inFocus = new HashSet<>();
		concepts.forEach(concept -> inFocus.add(concept.word()));
		List<Concept> told = read(Focus.of(story), intent).stream()
			.filter(concept -> !inFocus.contains(concept.word()))
			.toList();
		double storyWeight = told.stream().mapToDouble(Concept::weight).sum();
		if (storyWeight == 0) {
			return concepts;
		}
		double factor = Math.min(SET_ASIDE_FACTOR, STORY_SHARE * focusWeight / storyWeight);
		List<Concept> all = new ArrayList<>(concepts);
		told.forEach(concept -> all.add(new Concept(concept.word(), concept.forms(), concept.weight() * factor)));
		return all;
	}

	/** Blanks a part of the question a concept stands for. */
	private static void taken(StringBuilder text, int start, int end) {
		for (int i = start; i < end; i++) {
			text.setCharAt(i, ' ');
		}
	}

	/**
	 * The forms a content word is found by: the word meant beside a typo, the level
	 * beside an everyday word for its government ("省" for "省里").
	 */
	private static Set<String> formsOf(TypoWords.Word word) {
		String written = word.written();
		if (word.meant() != null) {
			return new LinkedHashSet<>(List.of(word.meant(), written));
		}
		String level = Places.levelOf(written);
		return level == null ? Set.of(written) : new LinkedHashSet<>(List.of(written, level));
	}

	/**
	 * Gives a citizen's word no clause holds the words of its 同义词词林 group that clauses do
	 * hold ("消息" and "信息", "喝酒" and "饮酒"), as the dictionary gives official words: the
	 * clauses say the same thing in other words, and only through them can it be found. A
	 * noun takes the nouns of its group ("利害" has "可以" beside it); a verb only those
	 * sharing a character with it, as verbs' groups are looser ("报名" with "申请", "喂奶" with
	 * "哺乳"); everyday words are the citizen's wording and take none. A noun none of whose
	 * synonyms the clauses hold takes the word of the base it sounds like ("流言" for
	 * "留言"): a pinyin input method offers both.
	 */
	private void addGeneralSynonyms(List<Set<String>> groups, Map<String, Retriever.Rarity> rarities) {
		for (int i = 0; i < groups.size(); i++) {
			Set<String> forms = groups.get(i);
			if (forms.size() != 1) {
				continue;
			}
			String word = forms.iterator().next();
			if (word.length() < 2 || rarities.get(word).documentFrequency() > 0
					|| WordKinds.isEverydayFramingWord(word)) {
				continue;
			}
			boolean noun = WordKinds.isNoun(word);
			List<String> synonyms = Thesaurus.synonymsOf(word)
				.stream()
				.filter(synonym -> noun ? WordKinds.isNoun(synonym) : sharesCharacter(word, synonym))
				.toList();
			Set<String> held = new LinkedHashSet<>(List.of(word));
			addHeld(synonyms, held, rarities);
			String soundAlike = held.size() == 1 && noun ? this.typos.soundAlike(word) : null;
			if (soundAlike != null) {
				addHeld(List.of(soundAlike), held, rarities);
			}
			groups.set(i, held);
		}
	}

	/** Adds the words that clauses hold to the forms, with their rarities. */
	private void addHeld(List<String> words, Set<String> forms, Map<String, Retriever.Rarity> rarities) {
		if (words.isEmpty()) {
			return;
		}
		this.retriever.rarities(words).forEach((word, rarity) -> {
			if (rarity.documentFrequency() > 0) {
				forms.add(word);
				rarities.put(word, rarity);
			}
		});
	}

	private static boolean sharesCharacter(String word, String other) {
		return word.chars().anyMatch(c -> other.indexOf(c) >= 0);
	}

	/**
	 * A question's focus split into what the clause must speak of and what the citizen
	 * sets aside or states of their own case ("除了发文字稿", "带5岁的孩子").
	 *
	 * @param text the focus
	 * @param asked the focus with those parts blanked
	 * @param setAside those parts, each followed by a space: context for the search, not
	 * its subject
	 */
	record Focus(String text, String asked, String setAside) {

		static Focus of(String text) {
			StringBuilder setAside = new StringBuilder();
			Function<MatchResult, String> blank = part -> {
				setAside.append(part.group()).append(' ');
				return " ";
			};
			String asked = STATED_FIGURE.matcher(SET_ASIDE.matcher(text).replaceAll(blank)).replaceAll(blank);
			return new Focus(text, asked, setAside.toString());
		}

		/**
		 * Whether a word of the focus stands only in a part set aside.
		 */
		boolean setsAside(String word) {
			return this.text.contains(word) && !this.asked.contains(word);
		}

	}

	/**
	 * Whether the concept is an everyday pronoun, adverb, particle, time or place word or
	 * adjective, or a word of the mind, a connective or a courtesy ("担心", "觉得", "省得",
	 * "麻烦"), that no clause uses ("别的", "按时", "今年", "家里", "容易"): how the citizen puts the
	 * question, not a thing the knowledge base lacks. An absent noun or verb keeps its
	 * full weight: it is what an unanswerable question asks about ("周六上班吗").
	 */
	private static boolean isOnlyTheCitizensWording(Set<String> forms, Map<String, Retriever.Rarity> rarities) {
		if (forms.size() != 1) {
			return false;
		}
		String word = forms.iterator().next();
		return rarities.get(word).documentFrequency() == 0
				&& (WordKinds.isEverydayFramingWord(word) || Thesaurus.isFraming(word));
	}

	/**
	 * The official words the dictionary adds, for retrieval.
	 */
	static List<String> expansion(List<Concept> concepts) {
		List<String> expansion = new ArrayList<>();
		for (Concept concept : concepts) {
			if (concept.forms().size() > 1) {
				expansion.addAll(concept.forms());
			}
		}
		return expansion;
	}

}
