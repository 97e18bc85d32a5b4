package wenzheng.bot.hotline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often the dispatch catalogue suggests the right department, on a catalogue and a
 * question set of our own (38 citizen requests written for this test, with the department
 * a 12345 centre would send each to; some name keywords of two rows, two name none).
 */
class DispatchCatalogueAccuracyTests {

	private static final String NONE = "-";

	@Test
	void suggestsTheExpectedDepartmentForNearlyEveryQuestion() throws IOException {
		List<DispatchRule> rules = new ArrayList<>();
		for (String[] row : rows("dispatch-catalogue.tsv")) {
			rules.add(new DispatchRule(rules.size() + 1, Arrays.asList(row[0].split(",")),
					NONE.equals(row[1]) ? null : row[1], row[2]));
		}
		List<String[]> questions = rows("dispatch-questions.tsv");
		int right = 0;
		List<String> misses = new ArrayList<>();
		for (String[] question : questions) {
			String suggested = DispatchRule.best(rules, question[0]).map(DispatchRule::department).orElse(NONE);
			if (suggested.equals(question[1])) {
				right++;
			}
			else {
				misses.add(question[0] + " → " + suggested + "（应为 " + question[1] + "）");
			}
		}
		double accuracy = (double) right / questions.size();
		System.out.printf(Locale.ROOT, "Dispatch catalogue: %d of %d questions to the expected department (%.1f%%)%n",
				right, questions.size(), accuracy * 100);
		misses.forEach(miss -> System.out.println("  miss: " + miss));
		assertThat(accuracy).as(String.join("\n", misses)).isGreaterThanOrEqualTo(0.9);
	}

	private static List<String[]> rows(String resource) throws IOException {
		try (InputStream in = DispatchCatalogueAccuracyTests.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t"))
				.toList();
		}
	}

}
