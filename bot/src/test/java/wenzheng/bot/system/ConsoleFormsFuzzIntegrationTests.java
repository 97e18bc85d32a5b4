package wenzheng.bot.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import wenzheng.bot.account.StaffAccounts;
import wenzheng.bot.account.StaffRole;
import wenzheng.bot.account.StaffUser;
import wenzheng.bot.conversation.ConversationService;
import wenzheng.bot.conversation.Inquiry;
import wenzheng.bot.knowledgebase.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * 10,000 generated submissions of the staff and editor console forms (ticket replies,
 * notes, transfers, priorities, FAQ entries, hot-question pins, dictionary rows, metadata
 * corrections, retirements, accounts, calendar days): hostile text, wrong types, missing
 * and huge fields, malformed JSON. None gets a 5xx.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleFormsFuzzIntegrationTests {

	private static final int CASES = 10_000;

	@TempDir
	static Path dataDir;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@Autowired
	private ConversationService conversation;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	private record Form(HttpMethod method, String path, List<String> fields) {
	}

	private static final List<Form> FORMS = List.of(
			new Form(HttpMethod.POST, "/api/tickets/{n}/reply", List.of("text")),
			new Form(HttpMethod.POST, "/api/tickets/{n}/notes", List.of("text")),
			new Form(HttpMethod.POST, "/api/tickets/{n}/transfer", List.of("department", "reason")),
			new Form(HttpMethod.POST, "/api/tickets/{n}/priority", List.of("priority")),
			new Form(HttpMethod.POST, "/api/tickets/{n}/claim", List.of()),
			new Form(HttpMethod.POST, "/api/tickets/{n}/close", List.of()),
			new Form(HttpMethod.POST, "/api/editor/faq", List.of("question", "phrasings", "answer", "jurisdiction")),
			new Form(HttpMethod.PUT, "/api/editor/faq/1", List.of("question", "phrasings", "answer", "jurisdiction")),
			new Form(HttpMethod.POST, "/api/editor/synonyms", List.of("words", "officials")),
			new Form(HttpMethod.PUT, "/api/editor/documents/metadata?id={d}",
					List.of("title", "issuer", "jurisdiction", "documentNumber", "writtenDate", "year")),
			new Form(HttpMethod.POST, "/api/editor/documents/retire?id={d}", List.of("validity", "on", "replacedBy")),
			new Form(HttpMethod.POST, "/api/editor/gaps/faq-draft", List.of("question", "phrasings")),
			new Form(HttpMethod.POST, "/api/editor/hot-questions", List.of("question")),
			new Form(HttpMethod.POST, "/api/admin/users",
					List.of("username", "displayName", "role", "department", "password")),
			new Form(HttpMethod.PUT, "/api/admin/calendar/{day}", List.of("kind", "name")),
			new Form(HttpMethod.POST, "/api/tickets/{n}/callbacks", List.of("channel", "reached", "note", "level")),
			new Form(HttpMethod.POST, "/api/tickets/{n}/appeal", List.of("reason")),
			new Form(HttpMethod.POST, "/api/tickets/{n}/appeal/decision", List.of("upheld", "note")),
			new Form(HttpMethod.POST, "/api/tickets/{n}/merge", List.of("numbers")),
			new Form(HttpMethod.POST, "/api/tickets/{n}/unmerge", List.of("number")),
			new Form(HttpMethod.POST, "/api/tickets/{n}/assist", List.of("departments")),
			new Form(HttpMethod.POST, "/api/tickets/{n}/parts", List.of("text")),
			new Form(HttpMethod.POST, "/api/tickets/{n}/return", List.of("reason")),
			new Form(HttpMethod.POST, "/api/tickets/{n}/dispatch", List.of("department")),
			new Form(HttpMethod.POST, "/api/tickets/{n}/return/rejection", List.of("note")),
			new Form(HttpMethod.POST, "/api/admin/dispatch-catalogue", List.of("keywords", "place", "department")),
			new Form(HttpMethod.PUT, "/api/admin/dispatch-catalogue/{d}", List.of("keywords", "place", "department")),
			new Form(HttpMethod.PUT, "/api/admin/users/{n}", List.of("displayName", "role", "department")),
			new Form(HttpMethod.POST, "/api/admin/users/{n}/password", List.of("password")),
			new Form(HttpMethod.GET, "/api/supervisor/figures?days={d}", List.of()));

	@Test
	void noGeneratedSubmissionGetsAServerError() throws Exception {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		this.accounts.create(new StaffUser("lead", "值班长", StaffRole.ADMIN, null, true), "Duty-pass-2026");
		String ticket = this.conversation.reply(new Inquiry("我要投诉楼下饭店油烟太大", "forms", Inquiry.WEB)).ticketId();
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		for (Tuple.Tuple4<Form, String, String, String> submission : submissions(ticket).sampleStream()
			.limit(CASES)
			.toList()) {
			Form form = submission.get1();
			String path = form.path()
				.replace("{n}", submission.get3())
				.replace("{d}", submission.get3())
				.replace("{day}", submission.get4());
			int status = this.mvc
				.perform(request(form.method(), path).with(user("lead").roles("ADMIN"))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(submission.get2().getBytes(StandardCharsets.UTF_8)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(form.method() + " " + path + " " + submission.get2()).isLessThan(500);
			(status < 300 ? accepted : refused).incrementAndGet();
		}
		System.out.printf("Console forms fuzz: %d submissions, %d accepted, %d refused with 4xx, 0 server errors%n",
				CASES, accepted.get(), refused.get());
	}

	private Arbitrary<Tuple.Tuple4<Form, String, String, String>> submissions(String ticket) {
		Arbitrary<Form> forms = Arbitraries.of(FORMS);
		Arbitrary<String> targets = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(ticket)),
				Tuple.of(1, Arbitraries.of("RX-00000000-1", "2022年吉林省政务公开工作要点", "..%2F..", "%00", "x")),
				Tuple.of(1, Arbitraries.strings().alpha().numeric().ofMaxLength(30)));
		Arbitrary<String> days = Arbitraries.of("2026-10-01", "2026-02-30", "yesterday", "9999-99-99", "2026-13-01");
		return Combinators.combine(forms, targets, days)
			.flatAs((form, target, day) -> body(form).map(body -> Tuple.of(form, body, target, day)));
	}

	private static Arbitrary<String> body(Form form) {
		Arbitrary<String> fieldsObject = Arbitraries.of(form.fields().isEmpty() ? List.of("x") : form.fields())
			.flatMap(field -> value().map(value -> Map.entry(field, value)))
			.list()
			.ofMaxSize(6)
			.map(entries -> "{"
					+ String.join(",",
							entries.stream().map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue()).toList())
					+ "}");
		Arbitrary<String> everyField = text().map(ConsoleFormsFuzzIntegrationTests::quoted)
			.list()
			.ofSize(form.fields().size())
			.map(values -> {
				StringBuilder json = new StringBuilder("{");
				for (int i = 0; i < values.size(); i++) {
					String field = form.fields().get(i);
					boolean list = List.of("phrasings", "words", "officials", "numbers", "departments", "keywords")
						.contains(field);
					json.append(i == 0 ? "" : ",")
						.append('"')
						.append(field)
						.append("\":")
						.append(list ? "[" + values.get(i) + "]" : values.get(i));
				}
				return json.append('}').toString();
			});
		Arbitrary<String> malformed = Arbitraries.strings().withChars("{}[]\":,textquestion 0123\\").ofMaxLength(40);
		return Arbitraries.frequencyOf(Tuple.of(5, everyField), Tuple.of(4, fieldsObject), Tuple.of(1, malformed),
				Tuple.of(1, Arbitraries.of("", "null", "[]", "\"x\"", "{}")));
	}

	private static Arbitrary<String> value() {
		Arbitrary<String> text = text();
		return Arbitraries.frequencyOf(Tuple.of(5, text.map(ConsoleFormsFuzzIntegrationTests::quoted)),
				Tuple.of(1, Arbitraries.integers().map(String::valueOf)), Tuple.of(1, Arbitraries.just("null")),
				Tuple.of(1, Arbitraries.just("true")),
				Tuple.of(2,
						text.map(ConsoleFormsFuzzIntegrationTests::quoted)
							.list()
							.ofMaxSize(25)
							.map(list -> "[" + String.join(",", list) + "]")),
				Tuple.of(1, Arbitraries.just("{\"a\":1}")));
	}

	private static Arbitrary<String> text() {
		return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.strings().all().ofMaxLength(60)),
				Tuple.of(2,
						Arbitraries.of("<script>alert(1)</script>", "URGENT", "NORMAL", "EXPIRED", "HOLIDAY", "AGENT",
								"Passw0rd-long-enough", "2026-01-01", "四平市", "政府开放日多久举办一次", "")),
				Tuple.of(1, Arbitraries.strings().withChars("长").ofMinLength(4000).ofMaxLength(20000)));
	}

	private static String quoted(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

}
