package wenzheng.index.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A checked-in file of expected figures ({@code eval/dev.jsonl.answerable=0.85}, keys
 * {@code answerable}, {@code unanswerable} and {@code retrieval} after the report name)
 * that an eval run is compared with. A figure within the tolerance below its expectation,
 * or above it, is OK; a lower one FAILS.
 */
public final class ExpectedFigures {

	static final double TOLERANCE = 0.02;

	private final Properties expected;

	private ExpectedFigures(Properties expected) {
		this.expected = expected;
	}

	public static ExpectedFigures read(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read expected figures " + file, ex);
		}
		return new ExpectedFigures(properties);
	}

	/**
	 * Prints OK or FAIL for every expected figure of the reports and tells whether all
	 * are OK.
	 */
	public boolean check(List<FileReport> reports, PrintStream out) {
		List<String> failures = new ArrayList<>();
		out.println("== expected figures");
		for (FileReport report : reports) {
			compare(report.name() + ".answerable", report.answerable(), out, failures);
			compare(report.name() + ".unanswerable", report.unanswerable(), out, failures);
			compare(report.name() + ".retrieval", report.retrieval(), out, failures);
		}
		out.println(failures.isEmpty() ? "  all expected figures OK" : "  FAILED: " + String.join(", ", failures));
		return failures.isEmpty();
	}

	private void compare(String key, FileReport.Figure figure, PrintStream out, List<String> failures) {
		String value = this.expected.getProperty(key);
		if (value == null || figure.total() == 0) {
			return;
		}
		double expectation = Double.parseDouble(value.strip());
		boolean ok = figure.value() >= expectation - TOLERANCE;
		out.println(String.format(Locale.ROOT, "  %-4s %-45s %.2f (expected %.2f)", ok ? "OK" : "FAIL", key,
				figure.value(), expectation));
		if (!ok) {
			failures.add(key);
		}
	}

}
