package wenzheng.bot.subscription;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.springframework.stereotype.Component;

import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.index.analysis.PolicyTextAnalyzer;
import wenzheng.index.analysis.QuestionStopWords;
import wenzheng.index.analysis.Synonyms;
import wenzheng.index.search.Tokens;

/**
 * Whether a publication concerns a subscription, read the way questions are: the topic is
 * segmented by smartcn with the question stop words, and each of its words must occur in
 * the text itself or through the citizen-wording dictionary ("养老金" finds "基本养老保险"). A
 * place matches itself, a publication for everywhere matches every place, and a
 * subscription to every place matches every publication.
 */
@Component
class TopicMatcher {

	private final KnowledgeBase knowledgeBase;

	private final Analyzer analyzer = new PolicyTextAnalyzer(QuestionStopWords.load());

	TopicMatcher(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	boolean matches(Subscription subscription, String place, String text) {
		return placeMatches(subscription.place(), place) && topicMatches(subscription.topic(), text);
	}

	static boolean placeMatches(String subscribed, String published) {
		return Subscription.ANY_PLACE.equals(subscribed) || published == null || published.isBlank()
				|| subscribed.equals(published);
	}

	boolean topicMatches(String topic, String text) {
		Set<String> words = Tokens.of(this.analyzer, "text", topic);
		if (words.isEmpty()) {
			return false;
		}
		String haystack = text.toLowerCase(Locale.ROOT);
		List<Synonyms.Match> citizenWords = this.knowledgeBase.answerer().synonyms().find(topic);
		return words.stream()
			.allMatch(word -> haystack.contains(word) || citizenWords.stream()
				.filter(match -> match.word().contains(word))
				.anyMatch(match -> match.officials().stream().anyMatch(haystack::contains)));
	}

}
