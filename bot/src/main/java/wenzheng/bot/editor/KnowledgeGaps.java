package wenzheng.bot.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	/**
	 * An example is shown up to this many characters: enough to see what was asked, and a
	 * FAQ question started from it stays within its limit.
	 */
	static final int EXAMPLE_LENGTH = 200;

	/**
	 * Masked before the example is cut: a phone or ID number across the cut is masked
	 * whole, never shown in part.
	 */
	private static final int MASKED_LENGTH = EXAMPLE_LENGTH + 40;

	/**
	 * Character pairs a question is compared by; a short question keeps all of its own.
	 */
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
		Map<Integer, List<Group>> byPair = new HashMap<>();
		for (WeakAnswers.WeakAnswer answer : this.weakAnswers.since(now.minus(PERIOD), low, MAX_QUESTIONS)) {
			int[] sketch = sketch(pairs(answer.question()));
			Group match = firstSimilar(sketch, byPair);
			if (match == null) {
				match = new Group(sketch.length, groups.size());
				groups.add(match);
				for (int pair : sketch) {
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
	private static Group firstSimilar(int[] sketch, Map<Integer, List<Group>> byPair) {
		Map<Group, Integer> shared = new HashMap<>();
		for (int pair : sketch) {
			for (Group group : byPair.getOrDefault(pair, List.of())) {
				shared.merge(group, 1, Integer::sum);
			}
		}
		Group first = null;
		for (Map.Entry<Group, Integer> candidate : shared.entrySet()) {
			Group group = candidate.getKey();
			double similarity = (double) candidate.getValue() / Math.min(group.pairs, sketch.length);
			if (similarity >= SIMILAR && (first == null || group.order < first.order)) {
				first = group;
			}
		}
		return first;
	}

	/**
	 * The distinct character pairs of a question (punctuation and spaces left out), each
	 * as one number: the two UTF-16 units side by side. A one-character question is its
	 * character.
	 */
	static int[] pairs(String question) {
		StringBuilder kept = new StringBuilder(question.length());
		for (int i = 0; i < question.length(); i++) {
			char c = question.charAt(i);
			if (!isPunctuationSymbolOrSpace(c)) {
				kept.append(c);
			}
		}
		if (kept.length() == 1) {
			return new int[] { kept.charAt(0) << 16 };
		}
		int[] pairs = new int[Math.max(kept.length() - 1, 0)];
		for (int i = 0; i < pairs.length; i++) {
			pairs[i] = kept.charAt(i) << 16 | kept.charAt(i + 1);
		}
		Arrays.sort(pairs);
		int distinct = 0;
		for (int i = 0; i < pairs.length; i++) {
			if (i == 0 || pairs[i] != pairs[i - 1]) {
				pairs[distinct++] = pairs[i];
			}
		}
		return Arrays.copyOf(pairs, distinct);
	}

	private static boolean isPunctuationSymbolOrSpace(char c) {
		if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
			return true;
		}
		return switch (Character.getType(c)) {
			case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
					Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
					Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
					Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL ->
				true;
			default -> false;
		};
	}

	/**
	 * The pairs of smallest hash, at most {@link #SKETCH}: two questions sharing many
	 * pairs share many of these.
	 */
	static int[] sketch(int[] pairs) {
		if (pairs.length <= SKETCH) {
			return pairs;
		}
		long[] byHash = new long[pairs.length];
		for (int i = 0; i < pairs.length; i++) {
			byHash[i] = (long) mixedHash(pairs[i]) << 32 | (pairs[i] & 0xFFFFFFFFL);
		}
		Arrays.sort(byHash);
		int[] sketch = new int[SKETCH];
		for (int i = 0; i < SKETCH; i++) {
			sketch[i] = (int) byHash[i];
		}
		return sketch;
	}

	/** A well-spread hash of a pair: the pair's own number is too regular. */
	private static int mixedHash(int pair) {
		int h = pair * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	/**
	 * Similar questions, collected newest first.
	 */
	private static final class Group {

		/** How many pairs the group's first question was read by. */
		private final int pairs;

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

		Group(int pairs, int order) {
			this.pairs = pairs;
			this.order = order;
		}

		void add(WeakAnswers.WeakAnswer answer, Instant now) {
			this.count++;
			if (this.lastAsked == null) {
				this.lastAsked = answer.at();
			}
			this.firstAsked = answer.at();
			if (this.examples.size() < EXAMPLES) {
				String question = example(answer.question());
				if (!this.examples.contains(question)) {
					this.examples.add(question);
				}
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

		private static String example(String question) {
			String head = question.length() > MASKED_LENGTH ? question.substring(0, MASKED_LENGTH) : question;
			String masked = PersonalDataMasker.mask(head);
			return question.length() > EXAMPLE_LENGTH || masked.length() > EXAMPLE_LENGTH
					? masked.substring(0, Math.min(EXAMPLE_LENGTH, masked.length())) + "…" : masked;
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
