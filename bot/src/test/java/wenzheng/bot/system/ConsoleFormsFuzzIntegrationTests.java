package wenzheng.bot.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeEach;
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
import wenzheng.knowledge.HostileText;
import wenzheng.knowledge.SeededInputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Hostile submissions of the staff and editor console forms (ticket replies, notes,
 * transfers, priorities, FAQ entries, hot-question pins, dictionary rows, metadata
 * corrections, retirements, accounts, calendar days, and the 12345 forms: callbacks,
 * appeals, merging, co-handling, returns, dispatch, the dispatch catalogue, figures):
 * hostile text, wrong types, missing and huge fields, malformed JSON. None gets a 5xx. A
 * new form is one more line in {@link #FORMS}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleFormsFuzzIntegrationTests {

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

	// Fields whose value is a list of strings.
	private static final List<String> LIST_FIELDS = List.of("phrasings", "words", "officials", "numbers", "departments",
			"keywords");

	private static final List<String> TARGETS = List.of("RX-00000000-1", "2022年吉林省政务公开工作要点", "..%2F..", "%00", "x");

	private static final List<String> DAYS = List.of("2026-10-01", "2026-02-30", "yesterday", "9999-99-99",
			"2026-13-01");

	private static final List<String> WORDS = List.of("<script>alert(1)</script>", "URGENT", "NORMAL", "EXPIRED",
			"HOLIDAY", "AGENT", "Passw0rd-long-enough", "2026-01-01", "四平市", "政府开放日多久举办一次", "");

	private static final List<String> ODD_BODIES = List.of("", "null", "[]", "\"x\"", "{}");

	private static final AtomicInteger accepted = new AtomicInteger();

	private static final AtomicInteger refused = new AtomicInteger();

	// The ticket the ticket forms act on, opened once for the shared application context.
	private static String ticket;

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

	@BeforeEach
	void openTicket() throws Exception {
		if (ticket == null) {
			assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
			this.accounts.create(new StaffUser("lead", "值班长", StaffRole.ADMIN, null, true), "Duty-pass-2026");
			ticket = this.conversation.reply(new Inquiry("我要投诉楼下饭店油烟太大", "forms", Inquiry.WEB)).ticketId();
		}
	}

	@FuzzTest
	void noSubmissionGetsAServerError(FuzzedDataProvider data) throws Exception {
		Form form = data.pickValue(FORMS);
		// In the proportions 3 the open ticket, 1 known odd targets, 1 letters and
		// digits.
		String target = switch (data.consumeInt(0, 4)) {
			case 0, 1, 2 -> ticket;
			case 3 -> data.pickValue(TARGETS);
			default -> HostileText.charsOf(data, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 30);
		};
		String path = form.path().replace("{n}", target).replace("{d}", target).replace("{day}", data.pickValue(DAYS));
		String body = body(data, form);
		int status = this.mvc
			.perform(request(form.method(), path).with(user("lead").roles("ADMIN"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.getBytes(StandardCharsets.UTF_8)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as(form.method() + " " + path + " " + body).isLessThan(500);
		(status < 300 ? accepted : refused).incrementAndGet();
	}

	@Test
	void noSeededSubmissionGetsAServerError() {
		accepted.set(0);
		refused.set(0);
		SeededInputs.replay(22, SeededInputs.COUNT, 1_000, this::noSubmissionGetsAServerError);
		System.out.printf("Console forms fuzz: %d submissions, %d accepted, %d refused with 4xx, 0 server errors%n",
				accepted.get() + refused.get(), accepted.get(), refused.get());
	}

	// In the proportions 5 every field, 4 some fields of any type, 1 malformed, 1 odd.
	private static String body(FuzzedDataProvider data, Form form) {
		return switch (data.consumeInt(0, 10)) {
			case 0, 1, 2, 3, 4 -> everyField(data, form);
			case 5, 6, 7, 8 -> someFields(data, form);
			case 9 -> HostileText.charsOf(data, "{}[]\":,textquestion 0123\\", 40);
			default -> data.pickValue(ODD_BODIES);
		};
	}

	private static String everyField(FuzzedDataProvider data, Form form) {
		StringBuilder json = new StringBuilder("{");
		for (String field : form.fields()) {
			String value = quoted(text(data));
			json.append(json.length() == 1 ? "" : ",")
				.append(quoted(field))
				.append(':')
				.append(LIST_FIELDS.contains(field) ? "[" + value + "]" : value);
		}
		return json.append('}').toString();
	}

	private static String someFields(FuzzedDataProvider data, Form form) {
		List<String> fields = form.fields().isEmpty() ? List.of("x") : form.fields();
		int count = data.consumeInt(0, 6);
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
			json.append(i == 0 ? "" : ",").append(quoted(data.pickValue(fields))).append(':').append(value(data));
		}
		return json.append('}').toString();
	}

	// In the proportions 5 text, 1 number, 1 null, 1 true, 2 list of texts, 1 object.
	private static String value(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 10)) {
			case 0, 1, 2, 3, 4 -> quoted(text(data));
			case 5 -> String.valueOf(data.consumeInt());
			case 6 -> "null";
			case 7 -> "true";
			case 8, 9 -> {
				int count = data.consumeInt(0, 25);
				StringBuilder list = new StringBuilder("[");
				for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
					list.append(i == 0 ? "" : ",").append(quoted(text(data)));
				}
				yield list.append(']').toString();
			}
			default -> "{\"a\":1}";
		};
	}

	// In the proportions 3 any UTF-16, 2 known words, 1 long.
	private static String text(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 5)) {
			case 0, 1, 2 -> HostileText.anyChars(data, 60);
			case 3, 4 -> data.pickValue(WORDS);
			default -> HostileText.longOf(data, "长", 4000, 20000);
		};
	}

	private static String quoted(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

}
