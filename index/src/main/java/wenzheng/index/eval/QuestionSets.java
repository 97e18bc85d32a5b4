package wenzheng.index.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads question sets: JSON Lines, one {@link EvalItem} a line; blank lines are skipped.
 */
public final class QuestionSets {

	private static final ObjectMapper JSON = new ObjectMapper();

	private QuestionSets() {
	}

	public static List<EvalItem> read(Path file) {
		try {
			return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read question set " + file, ex);
		}
	}

	/**
	 * The items of a question set given as its lines.
	 * @throws IllegalArgumentException naming the first line that is not an item
	 */
	public static List<EvalItem> parse(String name, List<String> lines) {
		List<EvalItem> items = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			try {
				items.add(JSON.readValue(line, EvalItem.class));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalArgumentException(
						"%s line %d is not a question-set item: %s".formatted(name, i + 1, ex.getOriginalMessage()));
			}
		}
		return items;
	}

}
