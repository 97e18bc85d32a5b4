package wenzheng.bot.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import wenzheng.bot.account.StaffAccounts;
import wenzheng.bot.account.StaffRole;
import wenzheng.bot.account.StaffUser;
import wenzheng.bot.knowledgebase.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;
import static wenzheng.bot.TestDocuments.docx;

/**
 * Editors change the FAQ and the dictionary through the API, and the next question
 * already uses the change; the gap report groups what the bot could not answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorIntegrationTests {

	private static final String PASSWORD = "Editor-pass-2026";

	@TempDir
	static Path dataDir;

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private KnowledgeBase knowledgeBase;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("wenzheng.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void createEditor() throws InterruptedException {
		assertThat(this.knowledgeBase.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		if (this.accounts.all().stream().noneMatch(user -> user.username().equals("editor1"))) {
			this.accounts.create(new StaffUser("editor1", "编辑", StaffRole.EDITOR, null, true), PASSWORD);
		}
	}

	@Test
	void aDictionaryRowAppliesToTheNextQuestionWithoutRestart() {
		String question = "四平市的政府串门节一年办几回？";
		Map<?, ?> before = ask(question);
		assertThat(before.get("type")).isNotEqualTo("ANSWER");

		ResponseEntity<Map> added = editor().postForEntity("/api/editor/synonyms",
				json("{\"words\":[\"串门节\"],\"officials\":[\"开放日\"]}"), Map.class);
		assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<?, ?> after = ask(question);
		assertThat(after.get("type")).isEqualTo("ANSWER");
		assertThat((String) after.get("answer")).contains("政府开放日");

		List<?> rows = editor().getForObject("/api/editor/synonyms", List.class);
		Object id = ((Map<?, ?>) rows.get(rows.size() - 1)).get("id");
		editor().delete("/api/editor/synonyms/" + id);
		assertThat(ask(question).get("type")).isNotEqualTo("ANSWER");

		assertThat(
				editor().postForEntity("/api/editor/synonyms", json("{\"words\":[],\"officials\":[\"x\"]}"), Map.class)
					.getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		// Found by fuzzing: ideographic spaces pass @NotBlank and were a 500.
		assertThat(editor()
			.postForEntity("/api/editor/synonyms", json("{\"words\":[\"\u3000\"],\"officials\":[\"x\"]}"), String.class)
			.getBody()).contains("同义词条目两侧都不能为空");
		ResponseEntity<String> blankFaq = editor().postForEntity("/api/editor/faq",
				json("{\"question\":\"\u3000\u3000\",\"answer\":\"答案\"}"), String.class);
		assertThat(blankFaq.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(blankFaq.getBody()).contains("问题和答案都不能为空");
	}

	@Test
	void anFaqEntryAnswersOnlyWhilePublished() {
		String question = "市民服务中心周末开门吗？";
		Map<?, ?> created = editor().postForObject("/api/editor/faq", json("""
				{"question":"市民服务中心周末开门吗？","phrasings":["服务中心星期六上班吗"],
				 "answer":"市民服务中心周六上午9:00-12:00开放，周日休息。"}"""), Map.class);
		assertThat(created.get("status")).isEqualTo("DRAFT");
		Object id = created.get("id");
		assertThat(ask(question).get("type")).isNotEqualTo("ANSWER");

		editor().postForObject("/api/editor/faq/" + id + "/publish", null, Map.class);
		Map<?, ?> answered = ask("服务中心星期六上班吗");
		assertThat(answered.get("type")).isEqualTo("ANSWER");
		assertThat((String) answered.get("answer")).contains("周六上午9:00-12:00");

		editor().postForObject("/api/editor/faq/" + id + "/retire", null, Map.class);
		assertThat(ask(question).get("type")).isNotEqualTo("ANSWER");
	}

	@Test
	void theGapReportGroupsSimilarQuestionsAndStartsAnFaqEntry() {
		ask("公积金怎么提取？");
		ask("公积金如何提取呢");
		ask("请问公积金怎样提取");
		ask("医保卡丢了怎么补办");

		List<?> gaps = editor().getForObject("/api/editor/gaps", List.class);
		Map<?, ?> housing = gaps.stream()
			.map(gap -> (Map<?, ?>) gap)
			.filter(gap -> ((String) gap.get("question")).contains("公积金"))
			.findFirst()
			.orElseThrow();
		assertThat(housing.get("count")).isEqualTo(3);
		assertThat(housing.get("thisWeek")).isEqualTo(3);
		assertThat(housing.get("question")).isEqualTo("请问公积金怎样提取");
		assertThat(gaps).anySatisfy(gap -> assertThat(((Map<?, ?>) gap).get("question")).isEqualTo("医保卡丢了怎么补办"));
		assertThat(((Map<?, ?>) gaps.get(0)).get("question")).as("newest first").isEqualTo("医保卡丢了怎么补办");

		Map<?, ?> draft = editor().postForObject("/api/editor/gaps/faq-draft",
				json("{\"question\":\"请问公积金怎样提取\",\"phrasings\":" + toJson((List<?>) housing.get("examples")) + "}"),
				Map.class);
		assertThat(draft.get("status")).isEqualTo("DRAFT");
		assertThat((List<Object>) draft.get("phrasings")).contains("公积金怎么提取？").doesNotContain("请问公积金怎样提取");
	}

	@Test
	void anUploadedWordDocumentAnswersAtOnce() throws Exception {
		byte[] docx = docx("青山县2025年政务公开工作要点", "一、总体要求", "（一）青山县政府开放日每季度举办1次，由县政务公开办牵头。",
				"（二）青山县政策解读材料在文件印发后3个工作日内发布。");
		assertThat(ask("青山县政府开放日多久举办一次？").get("type")).isNotEqualTo("ANSWER");

		Map<?, ?> preview = editor().postForObject("/api/editor/documents/preview", upload("青山县要点.docx", docx),
				Map.class);
		assertThat(((Map<?, ?>) preview.get("metadata")).get("title")).isEqualTo("青山县2025年政务公开工作要点");
		assertThat((List<?>) preview.get("clauses")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(ask("青山县政府开放日多久举办一次？").get("type")).as("a preview stores nothing").isNotEqualTo("ANSWER");

		Map<?, ?> report = editor().postForObject("/api/editor/documents", upload("青山县要点.docx", docx), Map.class);
		assertThat((List<?>) report.get("results")).singleElement()
			.satisfies(result -> assertThat(((Map<?, ?>) result).get("outcome")).isEqualTo("IMPORTED"));
		Map<?, ?> answer = ask("青山县政府开放日多久举办一次？");
		assertThat(answer.get("type")).isEqualTo("ANSWER");
		assertThat((String) answer.get("answer")).contains("每季度举办1次");

		String id = "upload/青山县要点";
		HttpEntity<String> correction = json("{\"title\":\"青山县2025年政务公开工作要点（修订版）\",\"issuer\":\"青山县人民政府办公室\"}");
		ResponseEntity<Map> corrected = editor().exchange("/api/editor/documents/metadata?id={id}", HttpMethod.PUT,
				correction, Map.class, id);
		assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((Map<String, Object>) corrected.getBody().get("metadata")).containsEntry("issuer", "青山县人民政府办公室")
			.containsEntry("title", "青山县2025年政务公开工作要点（修订版）");
		assertThat((String) ask("青山县政府开放日多久举办一次？").get("answer")).contains("（修订版）");
		editor().postForObject("/api/editor/documents", upload("青山县要点.docx", docx), Map.class);
		assertThat(editor().getForObject("/api/editor/documents", List.class))
			.anySatisfy(entry -> assertThat(metadata(entry).get("title")).isEqualTo("青山县2025年政务公开工作要点（修订版）"));

		ResponseEntity<Map> retired = editor().postForEntity("/api/editor/documents/retire?id={id}",
				json("{\"validity\":\"REPEALED\",\"on\":\"2026-01-01\"}"), Map.class, id);
		assertThat(retired.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(retired.getBody()).containsEntry("validity", "REPEALED");
		assertThat(ask("青山县政府开放日多久举办一次？").get("type")).as("a repealed document no longer answers")
			.isNotEqualTo("ANSWER");

		List<Map<String, Object>> versions = editor().getForObject("/api/editor/documents/versions?id={id}", List.class,
				id);
		assertThat(versions).extracting(version -> version.get("changedBy")).containsOnly("editor1");
		assertThat(versions).extracting(version -> version.get("change")).hasSize(3).contains("上传导入", "更正元数据");
		assertThat(versions).extracting(version -> version.get("validity"))
			.containsExactly("VALID", "VALID", "REPEALED");
		Map<?, ?> first = editor().getForObject("/api/editor/documents/versions/1?id={id}", Map.class, id);
		assertThat((String) first.get("content")).contains("每季度举办1次");
		assertThat(editor()
			.postForEntity("/api/editor/documents/retire?id={id}",
					json("{\"validity\":\"EXPIRED\",\"on\":\"2026-01-01\"}"), Map.class, "no/such")
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aDraftAnswersOnlyOncePublished() throws Exception {
		byte[] docx = docx("白河镇2025年便民服务要点", "一、服务安排", "（一）白河镇便民服务中心每月第一个周六上午开放。");
		String question = "白河镇便民服务中心周六开放吗？";
		Map<?, ?> report = editor().postForObject("/api/editor/documents?draft=true", upload("白河镇要点.docx", docx),
				Map.class);
		assertThat((List<?>) report.get("results")).singleElement()
			.satisfies(result -> assertThat(((Map<?, ?>) result).get("outcome")).isEqualTo("IMPORTED"));
		String id = "upload/白河镇要点";
		assertThat(String.valueOf(ask(question).get("answer"))).as("a draft does not answer").doesNotContain("每月第一个周六");
		assertThat(editor().getForObject("/api/editor/documents", List.class)).anySatisfy(entry -> {
			assertThat(metadata(entry).get("title")).isEqualTo("白河镇2025年便民服务要点");
			assertThat(((Map<?, ?>) entry).get("status")).isEqualTo("草稿");
		});
		List<Map<String, Object>> clauses = editor().getForObject("/api/editor/documents/clauses?id={id}", List.class,
				id);
		assertThat(clauses).anySatisfy(clause -> assertThat((List<String>) clause.get("headingPath"))
			.containsExactly("白河镇2025年便民服务要点", "一、服务安排", "（一）白河镇便民服务中心每月第一个周六上午开放"));

		ResponseEntity<Map> published = editor().postForEntity("/api/editor/documents/publish?id={id}", null, Map.class,
				id);
		assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((String) ask(question).get("answer")).contains("每月第一个周六上午开放");
		assertThat(editor().postForEntity("/api/editor/documents/publish?id={id}", null, Map.class, id).getStatusCode())
			.as("publishing twice")
			.isEqualTo(HttpStatus.BAD_REQUEST);

		Map<?, ?> again = editor().postForObject("/api/editor/documents?draft=true",
				upload("白河镇要点.docx", docx("白河镇2025年便民服务要点", "一、服务安排", "（一）白河镇便民服务中心暂停开放。")), Map.class);
		assertThat((List<?>) again.get("results")).singleElement().satisfies(result -> {
			assertThat(((Map<?, ?>) result).get("outcome")).isEqualTo("FAILED");
			assertThat((String) ((Map<?, ?>) result).get("message")).contains("已发布");
		});
		assertThat((String) ask(question).get("answer")).as("the published version still answers")
			.contains("每月第一个周六上午开放");
		assertThat(editor().getForObject("/api/editor/documents/versions?id={id}", List.class, id))
			.extracting(version -> ((Map<?, ?>) version).get("change"))
			.containsExactly("上传草稿", "发布");
	}

	private static Map<?, ?> metadata(Object entry) {
		return (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) entry).get("document")).get("metadata");
	}

	@Test
	void aZipIsImportedFileByFileAndABrokenFileChangesNothing() throws Exception {
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
			entry(zip, "../../etc/绿水镇通知.html",
					("<html><body><h1>绿水镇2025年便民服务安排</h1><p>一、服务时间</p>" + "<p>（一）绿水镇便民服务中心周六上午照常办公。</p></body></html>")
						.getBytes(StandardCharsets.UTF_8));
			entry(zip, "坏文件.docx", new byte[] { 0x50, 0x4b, 0x03, 0x04, 9, 9, 9 });
			entry(zip, "程序.exe", new byte[] { 0x4d, 0x5a });
		}
		ResponseEntity<Map> someImported = editor().postForEntity("/api/editor/documents",
				upload("批量.zip", zipped.toByteArray()), Map.class);
		assertThat(someImported.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<?> results = (List<?>) someImported.getBody().get("results");
		assertThat(results).hasSize(2);
		assertThat(results).anySatisfy(result -> {
			assertThat(((Map<?, ?>) result).get("fileName")).isEqualTo("etc/绿水镇通知.html");
			assertThat(((Map<?, ?>) result).get("outcome")).isEqualTo("IMPORTED");
		});
		assertThat(results).anySatisfy(result -> {
			assertThat(((Map<?, ?>) result).get("outcome")).isEqualTo("FAILED");
			assertThat((String) ((Map<?, ?>) result).get("message")).contains("无法读取");
		});
		assertThat(editor().postForEntity("/api/editor/documents", upload("坏.zip", new byte[] { 1, 2, 3 }), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		// Nothing importable: 422 with the per-file report.
		for (String name : new String[] { "坏文件.docx", "空.txt" }) {
			byte[] content = name.endsWith(".txt") ? new byte[0] : new byte[] { 0x50, 0x4b, 0x03, 0x04, 9, 9, 9 };
			ResponseEntity<Map> noneImported = editor().postForEntity("/api/editor/documents", upload(name, content),
					Map.class);
			assertThat(noneImported.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
			assertThat((List<?>) noneImported.getBody().get("results")).singleElement()
				.satisfies(result -> assertThat(((Map<?, ?>) result).get("outcome")).isEqualTo("FAILED"));
		}
		assertThat(editor()
			.postForEntity("/api/editor/documents/preview", upload("坏文件.pdf", new byte[] { 1, 2 }), Map.class)
			.getBody()).containsKey("detail");
	}

	@Test
	void aRegressionCheckShowsTheFiguresBeforeAndAfter() {
		String set = """
				{"id":"R1","question":"洮北区行政处罚信息多久要公开？","answerable":true,"must_contain_any":["7个工作日"],"style":"close"}
				{"id":"R2","question":"今天天气怎么样","answerable":false,"category":"chitchat"}
				""";
		Map<?, ?> first = editor().postForObject("/api/editor/regression",
				upload("回归.jsonl", set.getBytes(StandardCharsets.UTF_8)), Map.class);
		Map<?, ?> now = (Map<?, ?>) first.get("now");
		assertThat(now.get("answerable")).isEqualTo("1.00 (1/1)");
		assertThat(now.get("unanswerable")).isEqualTo("1.00 (1/1)");
		assertThat(now.get("runBy")).isEqualTo("editor1");
		assertThat(first.get("before")).isNull();

		Map<?, ?> second = editor().postForObject("/api/editor/regression",
				upload("回归.jsonl", set.getBytes(StandardCharsets.UTF_8)), Map.class);
		assertThat(((Map<?, ?>) second.get("before")).get("answerable")).isEqualTo("1.00 (1/1)");
		assertThat(editor().getForObject("/api/editor/regression", List.class)).hasSizeGreaterThanOrEqualTo(2);

		ResponseEntity<Map> broken = editor().postForEntity("/api/editor/regression",
				upload("坏.jsonl", "not json".getBytes(StandardCharsets.UTF_8)), Map.class);
		assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) broken.getBody().get("detail")).contains("问题集格式不正确");
	}

	@Test
	void theDashboardCountsQuestionsRepliesAndFeedbackPerDay() {
		ask("洮北区行政处罚信息多久要公开？");
		ask("驾驶证到期了怎么换证？");
		Map<String, Object> figures = editor().getForObject("/api/editor/dashboard?days=7", Map.class);
		List<?> days = (List<?>) figures.get("days");
		assertThat(days).hasSize(7);
		Map<?, ?> today = (Map<?, ?>) days.get(6);
		assertThat(((Number) today.get("answered")).longValue()).isGreaterThanOrEqualTo(1);
		assertThat(((Number) today.get("escalated")).longValue()).isGreaterThanOrEqualTo(1);
		assertThat(figures).containsKeys("answeredShare", "helpful", "unhelpful", "medianReplyMinutes",
				"overdueTickets");
		assertThat(editor().getForEntity("/console/dashboard.html", String.class).getBody()).contains("运行概况");
		assertThat(editor().getForEntity("/webjars/chart.js/dist/chart.umd.min.js", String.class).getStatusCode())
			.as("the charting library is served by the app")
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void everyEditorActionIsADocumentedEndpoint() {
		Map<String, Object> paths = (Map<String, Object>) editor().getForObject("/v3/api-docs", Map.class).get("paths");
		assertThat(paths.keySet()).contains("/api/editor/faq", "/api/editor/faq/{id}", "/api/editor/faq/{id}/publish",
				"/api/editor/faq/{id}/retire", "/api/editor/synonyms", "/api/editor/synonyms/{id}", "/api/editor/gaps",
				"/api/editor/gaps/faq-draft");
	}

	@Test
	void onlyEditorsMayEdit() {
		assertThat(this.http.getForEntity("/api/editor/faq", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		if (this.accounts.all().stream().noneMatch(user -> user.username().equals("agent9"))) {
			this.accounts.create(new StaffUser("agent9", "坐席", StaffRole.AGENT, null, true), PASSWORD);
		}
		assertThat(this.http.withBasicAuth("agent9", PASSWORD)
			.exchange("/api/editor/gaps", HttpMethod.GET, null, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private Map<?, ?> ask(String question) {
		return this.http.postForObject("/api/ask", json("{\"question\":\"" + question + "\"}"), Map.class);
	}

	private TestRestTemplate editor() {
		return this.http.withBasicAuth("editor1", PASSWORD);
	}

	private static HttpEntity<MultiValueMap<String, Object>> upload(String fileName, byte[] content) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return new HttpEntity<>(body, headers);
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	private static String toJson(List<?> values) {
		return values.stream().map(value -> "\"" + value + "\"").toList().toString();
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
