package wenzheng.index.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dictionary from citizens' words to the words policy texts use ("钱" ⇒ 经费, 资金; "老年人"
 * ⇒ 适老化). Entries are lines {@code word[,word...] => official[,official...]}; the bundled
 * {@code synonyms.txt} is the default. Matching is on characters, not tokens, so it does
 * not depend on how a segmenter splits a colloquial phrase.
 */
public final class Synonyms {

	private static final String RESOURCE = "synonyms.txt";

	/** Each citizen word with its official words, longest citizen word first. */
	private final Map<String, Set<String>> entries;

	private Synonyms(Map<String, Set<String>> entries) {
		this.entries = entries;
	}

	/**
	 * The bundled default dictionary.
	 */
	public static Synonyms bundled() {
		try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
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
		Map<String, Set<String>> sorted = new LinkedHashMap<>();
		entries.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Set<String>>comparingByKey(Comparator.comparingInt(String::length).reversed())
				.thenComparing(Map.Entry.comparingByKey()))
			.forEach(entry -> sorted.put(entry.getKey(), Set.copyOf(entry.getValue())));
		return new Synonyms(sorted);
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
		List<Match> matches = new ArrayList<>();
		boolean[] taken = new boolean[text.length()];
		for (Map.Entry<String, Set<String>> entry : this.entries.entrySet()) {
			String word = entry.getKey();
			for (int index = text.indexOf(word); index >= 0; index = text.indexOf(word, index + word.length())) {
				if (free(taken, index, index + word.length())) {
					for (int i = index; i < index + word.length(); i++) {
						taken[i] = true;
					}
					matches.add(new Match(index, index + word.length(), word, entry.getValue()));
				}
			}
		}
		matches.sort(Comparator.comparingInt(Match::start));
		return matches;
	}

	private static boolean free(boolean[] taken, int start, int end) {
		for (int i = start; i < end; i++) {
			if (taken[i]) {
				return false;
			}
		}
		return true;
	}

	public int size() {
		return this.entries.size();
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
