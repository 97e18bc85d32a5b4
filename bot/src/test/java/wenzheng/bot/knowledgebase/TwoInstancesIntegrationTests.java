package wenzheng.bot.knowledgebase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import wenzheng.bot.WenzhengApplication;
import wenzheng.bot.editor.DocumentLifeCycle;
import wenzheng.bot.editor.KnowledgeEditing;
import wenzheng.index.answer.Answer;
import wenzheng.index.answer.Decision;
import wenzheng.knowledge.document.Validity;
import wenzheng.knowledge.faq.FaqEntry;
import wenzheng.knowledge.faq.FaqStatus;
import wenzheng.knowledge.importer.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static wenzheng.bot.TestDocuments.docx;

/**
 * Two app instances sharing one database, each with its own index replica: what an editor
 * changes on one answers (or stops answering) on the other within about a second.
 */
class TwoInstancesIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@TempDir
	static Path folder;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void start() throws InterruptedException {
		first = instance("a");
		second = instance("b");
	}

	@AfterAll
	static void stop() {
		second.close();
		first.close();
	}

	private static ConfigurableApplicationContext instance(String name) throws InterruptedException {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(WenzhengApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("shared/db") + ";DB_CLOSE_ON_EXIT=FALSE",
					"--wenzheng.data-dir=" + folder.resolve(name), "--wenzheng.change-poll=100ms");
		assertThat(context.getBean(KnowledgeBase.class).awaitLoaded(WAIT)).isTrue();
		return context;
	}

	@Test
	void aChangeOnOneInstanceReachesTheOther() throws Exception {
		String question = "白桦镇便民服务中心周六办公吗？";
		assertThat(answer(second, question).decision()).isNotEqualTo(Decision.ANSWER);

		byte[] docx = docx("白桦镇2025年便民服务安排", "一、服务时间", "（一）白桦镇便民服务中心周六上午照常办公，下午休息。");
		first.getBean(DocumentLifeCycle.class)
			.upload(List.of(new SourceDocument("upload/白桦镇安排", "白桦镇安排.docx", docx)), "editor1");
		long uploaded = System.nanoTime();
		Answer onSecond = await(second, question, answer -> answer.decision() == Decision.ANSWER);
		System.out.printf("Second instance answered an upload on the first after %d ms%n",
				(System.nanoTime() - uploaded) / 1_000_000);
		assertThat(onSecond.text()).contains("周六上午照常办公");

		first.getBean(DocumentLifeCycle.class)
			.retire("upload/白桦镇安排", Validity.EXPIRED, java.time.LocalDate.of(2026, 1, 1), null, "editor1");
		await(second, question, answer -> answer.decision() != Decision.ANSWER);

		KnowledgeEditing editing = first.getBean(KnowledgeEditing.class);
		FaqEntry faq = editing
			.createFaq(new FaqEntry(0, "社保卡丢了去哪里补办？", List.of(), "可到就近的社保经办网点或合作银行网点补办。", null, FaqStatus.DRAFT));
		editing.setFaqStatus(faq.id(), FaqStatus.PUBLISHED);
		Answer fromFaq = await(second, "社保卡丢了去哪里补办？", answer -> answer.decision() == Decision.ANSWER);
		assertThat(fromFaq.text()).contains("社保经办网点");
	}

	private static Answer answer(ConfigurableApplicationContext context, String question) {
		return context.getBean(KnowledgeBase.class).answerer().answer(question);
	}

	private static Answer await(ConfigurableApplicationContext context, String question, Predicate<Answer> condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		Answer latest = answer(context, question);
		while (!condition.test(latest)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Second instance still says: " + latest);
			}
			Thread.sleep(20);
			latest = answer(context, question);
		}
		return latest;
	}

}
