package wenzheng.bot.hotline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.index.analysis.BigramAnalyzer;
import wenzheng.index.analysis.PolicyTextAnalyzer;
import wenzheng.index.analysis.QuestionStopWords;
import wenzheng.index.question.Places;

/**
 * How alike two citizens' requests are, for merging repeats (并单): they must name the same
 * place and say the same thing. Places are the knowledge base's jurisdictions, other
 * cities and provinces, and addresses (小区, 路, 村 …); meaning is the cosine of the two
 * texts in the index's word view (smartcn, question words dropped) and character-pair
 * view, averaged, with the places taken out so that they do not count twice, and personal
 * data and openers (我要反映, 我是…) left out so that who asks does not count.
 */
@Component
class SimilarTickets {

	/** The least score that counts as the same request. */
	static final double MIN_SCORE = 0.35;

	/**
	 * An address: a name of two or more characters before a suffix, so that a word such
	 * as 的路(灯) is not one.
	 */
	private static final Pattern ADDRESS = Pattern
		.compile("[\\p{IsHan}\\d]{2,12}?(小区|社区|街道|大街|路|街|巷|村|镇|乡|号楼|大厦|广场|公园|医院|学校|小学|中学|市场)");

	/**
	 * What says nothing about the request: personal data (masked first), introductions
	 * and the usual openers of a complaint.
	 */
	private static final Pattern NOISE = Pattern.compile("\\[[^\\]]*已隐去\\]|我要(反映|投诉|举报)|反映一下|我是|我叫|本人|电话|手机|你好|您好|请问");

	private final Analyzer words = new PolicyTextAnalyzer(QuestionStopWords.load());

	private final Analyzer pairs = new BigramAnalyzer();

	private final ObjectProvider<KnowledgeBase> knowledgeBase;

	SimilarTickets(ObjectProvider<KnowledgeBase> knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	/**
	 * How alike each of {@code others} is to the request, in their order: from 0
	 * (unrelated, or different places) to 1 (the same words). Each text is read once.
	 */
	List<Double> scores(String request, List<String> others) {
		Places places = places();
		Request read = read(request, places);
		return others.stream().map(other -> read.score(read(other, places))).toList();
	}

	private Request read(String request, Places places) {
		String text = meaningful(request);
		Set<String> named = placesOf(text, places);
		String rest = without(places.withoutKnown(text), named);
		return new Request(named, terms(this.words, rest), terms(this.pairs, rest));
	}

	private static String meaningful(String request) {
		return NOISE.matcher(PersonalDataMasker.mask(request)).replaceAll(" ");
	}

	private static String without(String text, Set<String> places) {
		String rest = text;
		for (String place : places) {
			rest = rest.replace(place, " ");
		}
		return rest;
	}

	private Places places() {
		KnowledgeBase base = this.knowledgeBase.getIfAvailable();
		return base != null && base.isReady() ? base.answerer().places() : Places.of(List.of());
	}

	private static Set<String> placesOf(String text, Places places) {
		Set<String> found = new LinkedHashSet<>(places.known(text));
		found.addAll(places.unknown(text));
		Matcher address = ADDRESS.matcher(text);
		while (address.find()) {
			found.add(address.group());
		}
		return found;
	}

	private static Map<String, Integer> terms(Analyzer analyzer, String text) {
		Map<String, Integer> counts = new HashMap<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				counts.merge(term.toString(), 1, Integer::sum);
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return counts;
	}

	private static double cosine(Map<String, Integer> first, Map<String, Integer> second) {
		if (first.isEmpty() || second.isEmpty()) {
			return 0;
		}
		double dot = 0;
		for (Map.Entry<String, Integer> entry : first.entrySet()) {
			dot += entry.getValue() * second.getOrDefault(entry.getKey(), 0);
		}
		return dot / (norm(first) * norm(second));
	}

	/**
	 * A request as compared: the places it names and the terms of the rest in each view.
	 */
	private record Request(Set<String> places, Map<String, Integer> words, Map<String, Integer> pairs) {

		double score(Request other) {
			boolean samePlace = this.places.isEmpty() ? other.places.isEmpty()
					: this.places.stream().anyMatch(other.places::contains);
			return samePlace ? (cosine(this.words, other.words) + cosine(this.pairs, other.pairs)) / 2 : 0;
		}

	}

	private static double norm(Map<String, Integer> counts) {
		return Math.sqrt(counts.values().stream().mapToDouble(count -> count * count).sum());
	}

}
