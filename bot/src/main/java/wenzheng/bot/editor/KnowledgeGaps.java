package wenzheng.bot.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import wenzheng.bot.conversation.ReplyType;
import wenzheng.bot.conversation.WeakAnswers;
import wenzheng.bot.hotline.PersonalDataMasker;
import wenzheng.bot.knowledgebase.KnowledgeBase;

/**
 * The knowledge-gap report: what citizens asked that the bot could not answer well,
 * grouped into similar questions (character-bigram overlap), each group with its count,
 * its trend (this week against the week before) and its reasons, the most recently asked
 * first. Examples are masked like published answers: editors need the question, not the
 * citizen's phone number.
 * <p>
 * The work is bounded: each question is read as a sketch of at most {@value #SKETCH} of
 * its character pairs (the same pairs for every question: those of the smallest hash),
 * and groups are found through an index from sketch pair to group, so a question is
 * compared only with the groups sharing a pair with it, never with all of them.
 */
@Service
public class KnowledgeGaps {

	/** Two questions sharing this share of their character pairs ask the same thing. */
	static final double SIMILAR = 0.4;

	static final Duration PERIOD = Duration.ofDays(90);

	private static final Duration WEEK = Duration.ofDays(7);

	private static final double LOW_CONFIDENCE_MARGIN = 0.1;

	private static final int MAX_QUESTIONS = 5000;

	private static final int EXAMPLES = 5;

	/** Character pairs a question is compared by; a short question keeps all of its own. */
	static final int SKETCH = 64;

	private final WeakAnswers weakAnswers;

	private final KnowledgeBase knowledgeBase;

	private final Clock clock;

	KnowledgeGaps(WeakAnswers weakAnswers, KnowledgeBase knowledgeBase, Clock clock) {
		this.weakAnswers = weakAnswers;
		this.knowledgeBase = knowledgeBase;
		this.clock = clock;
	}

	public List<Gap> report() {
		Instant now = this.clock.instant();
		double low = this.knowledgeBase.answerThreshold() + LOW_CONFIDENCE_MARGIN;
		List<Group> groups = new ArrayList<>();
		Map<String, List<Group>> byPair = new HashMap<>();
		for (WeakAnswers.WeakAnswer answer : this.weakAnswers.since(now.minus(PERIOD), low, MAX_QUESTIONS)) {
			Set<String> sketch = sketch(pairs(answer.question()));
			Group match = firstSimilar(sketch, byPair);
			if (match == null) {
				match = new Group(sketch, groups.size());
				groups.add(match);
				for (String pair : sketch) {
					byPair.computeIfAbsent(pair, key -> new ArrayList<>()).add(match);
				}
			}
			match.add(answer, now);
		}
		return groups.stream().map(Group::gap).toList();
	}

	/**
	 * The earliest made group similar to the sketch, among those sharing a pair with it.
	 */
	private static Group firstSimilar(Set<String> sketch, Map<String, List<Group>> byPair) {
		Map<Group, Integer> shared = new HashMap<>();
		for (String pair : sketch) {
			for (Group group : byPair.getOrDefault(pair, List.of())) {
				shared.merge(group, 1, Integer::sum);
			}
		}
		Group first = null;
		for (Map.Entry<Group, Integer> candidate : shared.entrySet()) {
			Group group = candidate.getKey();
			double similarity = (double) candidate.getValue() / Math.min(group.pairs.size(), sketch.size());
			if (similarity >= SIMILAR && (first == null || group.order < first.order)) {
				first = group;
			}
		}
		return first;
	}

	/**
	 * The pairs of smallest hash, at most {@link #SKETCH}: two questions sharing many
	 * pairs share many of these.
	 */
	static Set<String> sketch(Set<String> pairs) {
		if (pairs.size() <= SKETCH) {
			return pairs;
		}
		return pairs.stream()
			.sorted(Comparator.comparingInt(KnowledgeGaps::mixedHash).thenComparing(Comparator.naturalOrder()))
			.limit(SKETCH)
			.collect(Collectors.toSet());
	}

	/** A well-spread hash of a pair: String's own hash of two characters is too regular. */
	private static int mixedHash(String pair) {
		int h = pair.hashCode() * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	static Set<String> pairs(String question) {
		String text = question.replaceAll("[\\p{P}\\p{S}\\s]+", "");
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i + 1 < text.length(); i++) {
			pairs.add(text.substring(i, i + 2));
		}
		if (pairs.isEmpty() && !text.isEmpty()) {
			pairs.add(text);
		}
		return pairs;
	}

	/**
	 * Similar questions, collected newest first.
	 */
	private static final class Group {

		private final Set<String> pairs;

		private final int order;

		private final List<String> examples = new ArrayList<>();

		private final List<String> comments = new ArrayList<>();

		private int count;

		private int thisWeek;

		private int weekBefore;

		private int escalated;

		private int lowConfidence;

		private int unhelpful;

		private Instant lastAsked;

		private Instant firstAsked;

		Group(Set<String> pairs, int order) {
			this.pairs = pairs;
			this.order = order;
		}

		void add(WeakAnswers.WeakAnswer answer, Instant now) {
			this.count++;
			if (this.lastAsked == null) {
				this.lastAsked = answer.at();
			}
			this.firstAsked = answer.at();
			String question = PersonalDataMasker.mask(answer.question());
			if (this.examples.size() < EXAMPLES && !this.examples.contains(question)) {
				this.examples.add(question);
			}
			Duration age = Duration.between(answer.at(), now);
			if (age.compareTo(WEEK) < 0) {
				this.thisWeek++;
			}
			else if (age.compareTo(WEEK.multipliedBy(2)) < 0) {
				this.weekBefore++;
			}
			if (answer.comment() != null && this.comments.size() < EXAMPLES) {
				this.comments.add(PersonalDataMasker.mask(answer.comment()));
			}
			if (answer.unhelpful()) {
				this.unhelpful++;
			}
			else if (answer.type() == ReplyType.ESCALATED) {
				this.escalated++;
			}
			else {
				this.lowConfidence++;
			}
		}

		Gap gap() {
			return new Gap(this.examples.get(0), List.copyOf(this.examples), this.count, this.thisWeek, this.weekBefore,
					this.escalated, this.lowConfidence, this.unhelpful, List.copyOf(this.comments), this.firstAsked,
					this.lastAsked);
		}

	}

	/**
	 * A group of similar questions the bot did not answer well.
	 *
	 * @param question the latest phrasing, to start an FAQ entry from
	 * @param examples up to five phrasings, newest first
	 * @param count how often it was asked in the last 90 days
	 * @param thisWeek how often in the last 7 days
	 * @param weekBefore how often in the 7 days before
	 * @param escalated how often it went to the hotline
	 * @param lowConfidence how often it was answered with low confidence
	 * @param unhelpful how often the reply was marked 没帮助
	 * @param comments up to five comments citizens gave with their feedback, newest
	 * first, personal data masked
	 * @param firstAsked the first time in the period
	 * @param lastAsked the latest time
	 */
	public record Gap(String question, List<String> examples, int count, int thisWeek, int weekBefore, int escalated,
			int lowConfidence, int unhelpful, List<String> comments, Instant firstAsked, Instant lastAsked) {

	}

}
