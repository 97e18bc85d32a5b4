package wenzheng.index.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectedFiguresTests {

	@TempDir
	Path folder;

	@Test
	void aFigureWithinToleranceOrBetterIsOkAndAWorseOneFails() throws IOException {
		FileReport report = new FileReport("set.jsonl",
				List.of(result(true, true), result(true, true), result(true, false), result(false, true)), List.of(),
				List.of());
		Path file = this.folder.resolve("expected.properties");
		Files.writeString(file, "set.jsonl.answerable=0.68\nset.jsonl.unanswerable=1.0\n");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		assertThat(ExpectedFigures.read(file).check(List.of(report), out)).isTrue();
		Files.writeString(file, "set.jsonl.answerable=0.70\n");
		assertThat(ExpectedFigures.read(file).check(List.of(report), out)).isFalse();
		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("OK   set.jsonl.answerable")
			.contains("FAIL set.jsonl.answerable");
	}

	private static ItemResult result(boolean answerable, boolean correct) {
		EvalItem item = new EvalItem("x", "q", answerable, List.of("a"), null, null, "close", "chitchat");
		return new ItemResult(item, new Reply("ANSWER", "a", List.of(), 1), correct, 0);
	}

}
