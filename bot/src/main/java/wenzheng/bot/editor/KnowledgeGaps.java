package wenzheng.bot.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import wenzheng.bot.conversation.ReplyType;
import wenzheng.bot.conversation.WeakAnswers;
import wenzheng.bot.hotline.PersonalDataMasker;
import wenzheng.bot.knowledgebase.KnowledgeBase;

/**
 * The knowledge-gap report: what citizens asked that the bot could not answer well,
 * grouped into similar questions (character-bigram overlap), each group with its count,
 * its trend (this week against the week before) and its reasons, the most recently asked
 * first.
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
		for (WeakAnswers.WeakAnswer answer : this.weakAnswers.since(now.minus(PERIOD), low, MAX_QUESTIONS)) {
			Set<String> pairs = pairs(answer.question());
			Group match = null;
			for (Group group : groups) {
				if (similarity(group.pairs, pairs) >= SIMILAR) {
					match = group;
					break;
				}
			}
			if (match == null) {
				match = new Group(pairs);
				groups.add(match);
			}
			match.add(answer, now);
		}
		return groups.stream().map(Group::gap).toList();
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

	static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int shared = 0;
		for (String pair : b) {
			if (a.contains(pair)) {
				shared++;
			}
		}
		return (double) shared / Math.min(a.size(), b.size());
	}

	/**
	 * Similar questions, collected newest first.
	 */
	private static final class Group {

		private final Set<String> pairs;

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

		Group(Set<String> pairs) {
			this.pairs = pairs;
		}

		void add(WeakAnswers.WeakAnswer answer, Instant now) {
			this.count++;
			if (this.lastAsked == null) {
				this.lastAsked = answer.at();
			}
			this.firstAsked = answer.at();
			if (this.examples.size() < EXAMPLES && !this.examples.contains(answer.question())) {
				this.examples.add(answer.question());
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
