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
 * compared only with the groups sharing a pair with it, never with all of them; and only
 * the {@value #MAX_GROUPS} groups asked most recently are masked and shown.
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
	 * Groups the report shows at most, those asked most recently: a page editors read.
	 */
	static final int MAX_GROUPS = 300;

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
		Grouping grouping = new Grouping();
		for (WeakAnswers.WeakAnswer answer : this.weakAnswers.since(now.minus(PERIOD), low, MAX_QUESTIONS)) {
			grouping.groupOf(sketch(answer.question())).add(answer, now);
		}
		return grouping.groups.stream().limit(MAX_GROUPS).map(Group::gap).toList();
	}

	/**
	 * A question's sketch: of its distinct character pairs (punctuation and spaces left
	 * out, each pair as one number: the two UTF-16 units side by side), the
	 * {@value #SKETCH} of smallest hash, or all of them when it has fewer; two questions
	 * sharing many pairs share many of these. A one-character question is its character.
	 * One pass with a bounded heap: a pair is looked at twice only while it is among the
	 * smallest so far.
	 */
	static int[] sketch(String question) {
		char previous = 0;
		int kept = 0;
		SmallestDistinct smallest = new SmallestDistinct(SKETCH);
		for (int i = 0; i < question.length(); i++) {
			char c = question.charAt(i);
			if (isPunctuationSymbolOrSpace(c)) {
				continue;
			}
			if (kept++ > 0) {
				int pair = previous << 16 | c;
				smallest.offer((long) mixedHash(pair) << 32 | (pair & 0xFFFFFFFFL));
			}
			previous = c;
		}
		if (kept == 1) {
			return new int[] { previous << 16 };
		}
		return smallest.pairs();
	}

	private static boolean isPunctuationSymbolOrSpace(char c) {
		if (c >= '\u4E00' && c <= '\u9FFF') {
			// CJK unified ideographs, most of every question: no lookup needed.
			return false;
		}
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

	/** A well-spread hash of a pair: the pair's own number is too regular. */
	private static int mixedHash(int pair) {
		int h = pair * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	/**
	 * The groups made so far, found by their sketch pairs.
	 */
	private static final class Grouping {

		private final List<Group> groups = new ArrayList<>();

		private final Map<Integer, List<Group>> byPair = new HashMap<>();

		/** Pairs shared with the sketch at hand, by group order; zero between calls. */
		private int[] shared = new int[256];

		private final List<Group> touched = new ArrayList<>();

		/**
		 * The earliest made group similar to the sketch, among those sharing a pair with
		 * it, or a new group of its own.
		 */
		Group groupOf(int[] sketch) {
			for (int pair : sketch) {
				for (Group group : this.byPair.getOrDefault(pair, List.of())) {
					if (this.shared[group.order]++ == 0) {
						this.touched.add(group);
					}
				}
			}
			Group first = null;
			for (Group group : this.touched) {
				double similarity = (double) this.shared[group.order] / Math.min(group.pairs, sketch.length);
				if (similarity >= SIMILAR && (first == null || group.order < first.order)) {
					first = group;
				}
				this.shared[group.order] = 0;
			}
			this.touched.clear();
			return first != null ? first : add(sketch);
		}

		private Group add(int[] sketch) {
			Group group = new Group(sketch.length, this.groups.size());
			this.groups.add(group);
			if (this.shared.length == group.order) {
				this.shared = Arrays.copyOf(this.shared, this.shared.length * 2);
			}
			for (int pair : sketch) {
				this.byPair.computeIfAbsent(pair, key -> new ArrayList<>()).add(group);
			}
			return group;
		}

	}

	/**
	 * The smallest distinct keys offered, at most a given number: a max-heap whose top is
	 * the largest kept. A key's low 32 bits are its pair.
	 */
	private static final class SmallestDistinct {

		private final long[] heap;

		private int size;

		SmallestDistinct(int capacity) {
			this.heap = new long[capacity];
		}

		void offer(long key) {
			if (this.size == this.heap.length && key >= this.heap[0] || holds(key)) {
				return;
			}
			if (this.size < this.heap.length) {
				this.heap[this.size] = key;
				siftUp(this.size++);
			}
			else {
				this.heap[0] = key;
				siftDown(0);
			}
		}

		int[] pairs() {
			int[] pairs = new int[this.size];
			for (int i = 0; i < this.size; i++) {
				pairs[i] = (int) this.heap[i];
			}
			return pairs;
		}

		private boolean holds(long key) {
			for (int i = 0; i < this.size; i++) {
				if (this.heap[i] == key) {
					return true;
				}
			}
			return false;
		}

		private void siftUp(int index) {
			while (index > 0 && this.heap[(index - 1) / 2] < this.heap[index]) {
				swap(index, (index - 1) / 2);
				index = (index - 1) / 2;
			}
		}

		private void siftDown(int index) {
			while (true) {
				int largest = index;
				for (int child = 2 * index + 1; child <= 2 * index + 2 && child < this.size; child++) {
					if (this.heap[child] > this.heap[largest]) {
						largest = child;
					}
				}
				if (largest == index) {
					return;
				}
				swap(index, largest);
				index = largest;
			}
		}

		private void swap(int a, int b) {
			long kept = this.heap[a];
			this.heap[a] = this.heap[b];
			this.heap[b] = kept;
		}

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
				String question = answer.question().length() > MASKED_LENGTH
						? answer.question().substring(0, MASKED_LENGTH) : answer.question();
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
				this.comments.add(answer.comment());
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

		/**
		 * An example as shown: masked, then cut (the head kept is longer than what is
		 * shown, so a number across the cut is masked whole).
		 */
		private static String example(String head) {
			String masked = PersonalDataMasker.mask(head);
			return head.length() > EXAMPLE_LENGTH || masked.length() > EXAMPLE_LENGTH
					? masked.substring(0, Math.min(EXAMPLE_LENGTH, masked.length())) + "…" : masked;
		}

		/** The group as shown; masking waits until here, for the groups shown only. */
		Gap gap() {
			List<String> shown = this.examples.stream().map(Group::example).distinct().toList();
			return new Gap(shown.get(0), shown, this.count, this.thisWeek, this.weekBefore, this.escalated,
					this.lowConfidence, this.unhelpful, this.comments.stream().map(PersonalDataMasker::mask).toList(),
					this.firstAsked, this.lastAsked);
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
