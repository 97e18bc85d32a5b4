package wenzheng.index.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import wenzheng.knowledge.WordList;

/**
 * The dictionary from citizens' words to the words policy texts use ("钱" ⇒ 经费, 资金; "老年人"
 * ⇒ 适老化). Entries are lines {@code word[,word...] => official[,official...]}; the bundled
 * {@code synonyms.txt} is the default. Matching is on characters, not tokens, so it does
 * not depend on how a segmenter splits a colloquial phrase. An official word that holds a
 * citizen word of its entry ("网民留言" of "留言") is matched whole too: a question written in
 * the texts' own words would otherwise keep only the citizen word and leave the rest
 * ("网民") to a segmenter that cuts it into single characters.
 */
public final class Synonyms {

	private static final String RESOURCE = "synonyms.txt";

	/**
	 * Each citizen word with its official words, and each official word holding a citizen
	 * word of its entry with the entry's words.
	 */
	private final Map<String, Set<String>> entries;

	private final int citizenWords;

	private final PhraseMatcher matcher;

	private Synonyms(Map<String, Set<String>> entries, int citizenWords) {
		this.entries = entries;
		this.citizenWords = citizenWords;
		this.matcher = new PhraseMatcher(entries.keySet());
	}

	/**
	 * The bundled default dictionary.
	 */
	public static Synonyms bundled() {
		return bundledWith(List.of());
	}

	/**
	 * The bundled dictionary with more lines (the editors' rows) added.
	 */
	public static Synonyms bundledWith(List<String> lines) {
		List<String> all = new ArrayList<>(WordList.load(Synonyms.class, RESOURCE));
		all.addAll(lines);
		return parse(all);
	}

	/**
	 * Parses dictionary lines; blank lines and lines starting with {@code #} are skipped.
	 * @throws IllegalArgumentException for a line without {@code =>} or with an empty
	 * side
	 */
	public static Synonyms parse(List<String> lines) {
		Map<String, Set<String>> entries = new LinkedHashMap<>();
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int arrow = line.indexOf("=>");
			if (arrow < 0) {
				throw new IllegalArgumentException("同义词条目缺少 =>：" + line);
			}
			List<String> words = split(line.substring(0, arrow));
			List<String> officials = split(line.substring(arrow + 2));
			if (words.isEmpty() || officials.isEmpty()) {
				throw new IllegalArgumentException("同义词条目两侧都不能为空：" + line);
			}
			for (String word : words) {
				entries.computeIfAbsent(word, key -> new LinkedHashSet<>()).addAll(officials);
			}
		}
		Map<String, Set<String>> frozen = new LinkedHashMap<>();
		entries.forEach((word, officials) -> frozen.put(word, Set.copyOf(officials)));
		entries.forEach((word, officials) -> officials.stream()
			.filter(official -> official.contains(word) && !entries.containsKey(official))
			.forEach(official -> frozen.putIfAbsent(official, withWord(officials, word))));
		return new Synonyms(frozen, entries.size());
	}

	private static Set<String> withWord(Set<String> officials, String word) {
		Set<String> forms = new LinkedHashSet<>(officials);
		forms.add(word);
		return Set.copyOf(forms);
	}

	private static List<String> split(String side) {
		List<String> words = new ArrayList<>();
		for (String word : side.split("[,，]")) {
			if (!word.isBlank()) {
				words.add(word.strip());
			}
		}
		return words;
	}

	/**
	 * The dictionary words a text contains, longest first and without overlaps.
	 */
	public List<Match> find(String text) {
		return this.matcher.find(text)
			.stream()
			.map(span -> new Match(span.start(), span.end(), span.phrase(), this.entries.get(span.phrase())))
			.toList();
	}

	/** How many citizen words the dictionary has. */
	public int size() {
		return this.citizenWords;
	}

	/**
	 * A dictionary word found in a text.
	 *
	 * @param start where it starts
	 * @param end where it ends
	 * @param word the citizen word
	 * @param officials the words policy texts use for it
	 */
	public record Match(int start, int end, String word, Set<String> officials) {
	}

}
