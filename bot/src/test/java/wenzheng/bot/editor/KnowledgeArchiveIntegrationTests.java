package wenzheng.bot.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import wenzheng.bot.WenzhengApplication;
import wenzheng.bot.knowledgebase.KnowledgeBase;
import wenzheng.index.answer.Decision;
import wenzheng.knowledge.document.DocumentRepository;
import wenzheng.knowledge.document.PolicyDocument;
import wenzheng.knowledge.document.Validity;
import wenzheng.knowledge.faq.FaqEntry;
import wenzheng.knowledge.faq.FaqStatus;
import wenzheng.knowledge.importer.SourceDocument;
import wenzheng.knowledge.synonym.SynonymRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole knowledge base exported from one installation and imported into an empty one
 * answers the same.
 */
class KnowledgeArchiveIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void anExportImportedIntoAnEmptyInstallationAnswersTheSame() throws Exception {
		byte[] archive;
		List<String> validities;
		String answer;
		try (ConfigurableApplicationContext source = start("source", null)) {
			KnowledgeEditing editing = source.getBean(KnowledgeEditing.class);
			FaqEntry faq = editing.createFaq(new FaqEntry(0, "社保卡丢了去哪里补办？", List.of("社保卡掉了怎么办"),
					"可到就近的社保经办网点或合作银行网点补办。", null, FaqStatus.DRAFT));
			editing.setFaqStatus(faq.id(), FaqStatus.PUBLISHED);
			// As drafts from knowledge gaps were started before they were masked.
			editing.createFaq(new FaqEntry(0, "我叫王小明，电话13912345678，公积金怎么提取？", List.of("王小明的公积金怎么取"), "（待编辑）", null,
					FaqStatus.DRAFT));
			editing.addSynonym(new SynonymRow(List.of("开门日"), List.of("开放日")));
			DocumentLifeCycle documents = source.getBean(DocumentLifeCycle.class);
			documents.upload(List.of(new SourceDocument("upload/旧通知", "旧通知.txt",
					"红叶乡2020年工作安排\n一、工作安排\n（一）红叶乡便民服务站每周一开放。\n".getBytes())), "editor1");
			documents.retire("upload/旧通知", Validity.REPEALED, LocalDate.of(2021, 1, 1), null, "editor1");
			archive = source.getBean(KnowledgeArchive.class).export();
			assertThat(entryText(archive)).as("citizens' words are masked in the export")
				.doesNotContain("13912345678", "王小明")
				.contains("公积金怎么提取");
			validities = validities(source);
			answer = source.getBean(KnowledgeBase.class).answerer().answer("洮北区行政处罚信息多久要公开？").text();
		}

		Path empty = Files.createDirectories(this.folder.resolve("nothing-to-import"));
		try (ConfigurableApplicationContext target = start("target", empty)) {
			KnowledgeBase knowledge = target.getBean(KnowledgeBase.class);
			assertThat(knowledge.documentCount()).isZero();

			KnowledgeArchive.Summary summary = target.getBean(KnowledgeArchive.class).importArchive(archive);
			assertThat(summary.documents()).isEqualTo(validities.size());
			assertThat(summary.faq()).isEqualTo(2);
			assertThat(summary.synonyms()).isEqualTo(1);
			assertThat(summary.versions()).isEqualTo(2);
			assertThat(validities(target)).isEqualTo(validities);
			assertThat(knowledge.answerer().answer("洮北区行政处罚信息多久要公开？").text()).isEqualTo(answer);
			assertThat(knowledge.answerer().answer("社保卡掉了怎么办").decision()).isEqualTo(Decision.ANSWER);
			assertThat(knowledge.answerer().answer("红叶乡便民服务站哪天开放？").text()).as("the repealed document stays silent")
				.doesNotContain("每周一开放");
			assertThat(target.getBean(DocumentLifeCycle.class).versions("upload/旧通知")).hasSize(2);

			assertThatThrownBy(() -> target.getBean(KnowledgeArchive.class).importArchive(archive))
				.isInstanceOf(EditRejected.class)
				.hasMessageContaining("只能导入到没有文件的新安装中");
		}
	}

	@Test
	void aBrokenArchiveIsRefusedClearly() throws Exception {
		Path empty = Files.createDirectories(this.folder.resolve("empty"));
		try (ConfigurableApplicationContext target = start("broken", empty)) {
			assertThatThrownBy(() -> target.getBean(KnowledgeArchive.class).importArchive(new byte[] { 1, 2, 3 }))
				.isInstanceOf(EditRejected.class)
				.hasMessageContaining("归档");
			assertThat(target.getBean(KnowledgeBase.class).documentCount()).isZero();
		}
	}

	private static String entryText(byte[] archive) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
			assertThat(zip.getNextEntry()).isNotNull();
			return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static List<String> validities(ConfigurableApplicationContext context) {
		return context.getBean(DocumentRepository.class)
			.findAll()
			.stream()
			.map(PolicyDocument::id)
			.map(id -> id + "=" + context.getBean(DocumentRepository.class).findById(id).orElseThrow().validity())
			.toList();
	}

	private ConfigurableApplicationContext start(String name, Path importDir) throws InterruptedException {
		List<String> args = new java.util.ArrayList<>(List.of("--wenzheng.data-dir=" + this.folder.resolve(name)));
		if (importDir != null) {
			args.add("--wenzheng.import-dir=" + importDir);
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(WenzhengApplication.class)
			.web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
		assertThat(context.getBean(KnowledgeBase.class).awaitLoaded(Duration.ofSeconds(60))).isTrue();
		return context;
	}

}
