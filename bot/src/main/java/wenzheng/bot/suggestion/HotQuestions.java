package wenzheng.bot.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import wenzheng.bot.conversation.ConversationStats;
import wenzheng.bot.hotline.PersonalDataMasker;
import wenzheng.knowledge.faq.FaqEntry;
import wenzheng.knowledge.faq.FaqRepository;

/**
 * The 热门问题 shown on an empty chat: the questions editors pin, then the published FAQ
 * questions, then the questions most often answered. An asked question counts only when
 * several citizens asked it, nobody marked its answer 没帮助, it never went to the hotline
 * and it holds no personal data, so that nothing one citizen wrote is shown to others.
 */
@Service
public class HotQuestions {

	static final int MAX = 10;

	static final int MAX_LENGTH = 60;

	/** A question must come from this many sessions to be shown to everybody. */
	static final int MIN_SESSIONS = 2;

	private static final Duration PERIOD = Duration.ofDays(30);

	private final HotQuestionPinRepository pins;

	private final FaqRepository faq;

	private final ConversationStats conversations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * The list is read on every new chat and asked questions change slowly: a minute
	 * after it was built it is rebuilt in the background, while chats get the one they
	 * had, so no chat waits for the count over a month of turns.
	 */
	private final LoadingCache<String, List<String>> cache = Caffeine.newBuilder()
		.refreshAfterWrite(Duration.ofMinutes(1))
		.build(key -> collect());

	/** The pins as this instance last saw them, to notice other instances' changes. */
	private volatile String pinState;

	HotQuestions(HotQuestionPinRepository pins, FaqRepository faq, ConversationStats conversations,
			ApplicationEventPublisher events, Clock clock) {
		this.pins = pins;
		this.faq = faq;
		this.conversations = conversations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Up to {@value #MAX} questions, pinned ones first.
	 */
	public List<String> top() {
		return this.cache.get("top");
	}

	private List<String> collect() {
		Set<String> questions = new LinkedHashSet<>();
		this.pins.findAll().forEach(pin -> questions.add(pin.question()));
		this.faq.findPublished().stream().map(FaqEntry::question).forEach(questions::add);
		if (questions.size() < MAX) {
			this.conversations.mostAskedAnswered(this.clock.instant().minus(PERIOD), MIN_SESSIONS, MAX * 3)
				.stream()
				.map(String::strip)
				.filter(question -> question.length() <= MAX_LENGTH && !isPersonal(question))
				.forEach(questions::add);
		}
		return questions.stream().limit(MAX).toList();
	}

	private static boolean isPersonal(String question) {
		return !PersonalDataMasker.mask(question).equals(question);
	}

	public List<HotQuestionPin> pins() {
		return this.pins.findAll();
	}

	/**
	 * Notices pins made on another instance sharing the database, so its citizens get the
	 * new list and suggestions within a minute too.
	 */
	@Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
	void followOtherInstances() {
		String state = this.pins.state();
		String seen = this.pinState;
		this.pinState = state;
		if (seen != null && !seen.equals(state)) {
			changed();
		}
	}

	public HotQuestionPin pin(String question, String editor) {
		long id = this.pins.add(question.strip(), editor, this.clock.instant());
		changed();
		return this.pins.findAll().stream().filter(pin -> pin.id() == id).findFirst().orElseThrow();
	}

	/**
	 * Unpins a question; false when no pin has the id.
	 */
	public boolean unpin(long id) {
		if (!this.pins.remove(id)) {
			return false;
		}
		changed();
		return true;
	}

	private void changed() {
		this.cache.invalidateAll();
		this.events.publishEvent(new PinsChanged());
	}

}
