package wenzheng.bot.suggestion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.bot.knowledgebase.KnowledgeRefreshed;
import wenzheng.knowledge.faq.FaqEntry;

/**
 * Suggestions while typing over the hot questions, FAQ phrasings and clause headings. The
 * index is rebuilt in the background whenever the knowledge or the pins change; until
 * then the previous one answers.
 */
@Service
public class QuestionSuggester {

	private static final Logger log = LoggerFactory.getLogger(QuestionSuggester.class);

	static final int MAX = 8;

	/** Longer headings are whole items, not something a citizen types. */
	private static final int MAX_HEADING = 40;

	private static final int MIN_HEADING = 4;

	/** "（三）", "一、", "2." and the like before a heading. */
	private static final Pattern NUMBERING = Pattern.compile("^\\s*(第[一二三四五六七八九十百零〇0-9]+[章节条部分]\\s*"
			+ "|[（(][一二三四五六七八九十百0-9０-９]+[)）]\\s*|[一二三四五六七八九十百0-9０-９]+([、.．]\\s*|\\s+))");

	private static final Pattern TRAILING = Pattern.compile("[。：:；;，,\\s]+$");

	private final KnowledgeBase knowledgeBase;

	private final HotQuestions hotQuestions;

	private final ExecutorService builder = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("suggestions").daemon().factory());

	private final AtomicBoolean queued = new AtomicBoolean();

	private volatile SuggestionIndex current = SuggestionIndex.empty();

	/** Kept open one generation longer, for lookups still reading it. */
	private SuggestionIndex previous;

	QuestionSuggester(KnowledgeBase knowledgeBase, HotQuestions hotQuestions) {
		this.knowledgeBase = knowledgeBase;
		this.hotQuestions = hotQuestions;
	}

	/**
	 * Up to {@value #MAX} suggestions for what the citizen has typed so far.
	 */
	public List<String> suggest(String typed) {
		String text = typed == null ? "" : typed.strip();
		return text.isEmpty() ? List.of() : this.current.lookup(text, MAX);
	}

	@EventListener(KnowledgeRefreshed.class)
	void knowledgeRefreshed() {
		rebuildSoon();
	}

	@EventListener(PinsChanged.class)
	void pinsChanged() {
		rebuildSoon();
	}

	/** The most asked questions change without an edit. */
	@Scheduled(initialDelay = 3_600_000, fixedDelay = 3_600_000)
	void hourly() {
		rebuildSoon();
	}

	SuggestionIndex index() {
		return this.current;
	}

	private void rebuildSoon() {
		// Changes that arrive while a build is queued are part of it.
		if (this.queued.compareAndSet(false, true)) {
			this.builder.execute(this::rebuild);
		}
	}

	private void rebuild() {
		this.queued.set(false);
		try {
			long start = System.nanoTime();
			Map<String, Long> weighted = new LinkedHashMap<>();
			Map<String, List<String>> headings = new LinkedHashMap<>();
			this.knowledgeBase.headings().forEach((document, paths) -> {
				List<String> cleaned = paths.stream().map(QuestionSuggester::clean).filter(this::isHeading).toList();
				headings.put(document, cleaned);
				cleaned.forEach(heading -> weighted.putIfAbsent(heading, SuggestionIndex.HEADING));
			});
			List<FaqEntry> faq = this.knowledgeBase.answerer().faq();
			faq.forEach(entry -> entry.allPhrasings().forEach(text -> weighted.put(text.strip(), SuggestionIndex.FAQ)));
			this.hotQuestions.top().forEach(question -> weighted.put(question, SuggestionIndex.HOT));
			SuggestionIndex next = SuggestionIndex.build(weighted, faq.stream().map(FaqEntry::question).toList(),
					headings);
			replace(next);
			log.info("Suggestions rebuilt in {} ms: {} entries", (System.nanoTime() - start) / 1_000_000,
					weighted.size());
		}
		catch (RuntimeException ex) {
			log.warn("Could not rebuild the suggestions: {}", ex.getMessage());
		}
	}

	private synchronized void replace(SuggestionIndex next) {
		if (this.previous != null) {
			this.previous.close();
		}
		this.previous = this.current;
		this.current = next;
	}

	static String clean(String heading) {
		return TRAILING.matcher(NUMBERING.matcher(heading).replaceFirst("")).replaceAll("");
	}

	private boolean isHeading(String text) {
		return text.length() >= MIN_HEADING && text.length() <= MAX_HEADING;
	}

	@PreDestroy
	synchronized void close() {
		this.builder.shutdownNow();
		this.current.close();
		if (this.previous != null) {
			this.previous.close();
		}
	}

}
