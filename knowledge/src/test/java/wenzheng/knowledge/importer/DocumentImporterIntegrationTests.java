package wenzheng.knowledge.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import wenzheng.knowledge.MigratedDatabase;
import wenzheng.knowledge.clause.ClauseRepository;
import wenzheng.knowledge.document.DocumentRepository;
import wenzheng.knowledge.document.PolicyDocument;
import wenzheng.knowledge.segment.Segmenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import into a real (in-memory H2) database migrated by Flyway.
 */
class DocumentImporterIntegrationTests {

	private static final String NOTICE = """
			某某区2024年政务公开工作要点
			一、加强政策解读
			（一）政策文件发布后3个工作日内发布解读材料。（区政府办牵头落实）
			（二）解读材料要与政策性文件同步公开。
			""";

	private DocumentRepository documents;

	private ClauseRepository clauses;

	private DocumentImporter importer;

	private JdbcClient jdbc;

	@BeforeEach
	void migrate() {
		DataSource dataSource = MigratedDatabase.create();
		this.jdbc = JdbcClient.create(dataSource);
		this.documents = new DocumentRepository(this.jdbc);
		this.clauses = new ClauseRepository(this.jdbc, new JdbcTemplate(dataSource));
		this.importer = new DocumentImporter(this.documents, this.clauses,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
				Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
	}

	@Test
	void storesTheDocumentWithItsMetadataAndClauses() {
		ImportResult result = this.importer.importDocument(source("notice", NOTICE));
		assertThat(result.outcome()).isEqualTo(ImportOutcome.IMPORTED);
		assertThat(result.clauses()).isEqualTo(2);
		PolicyDocument stored = this.documents.findById("notice").orElseThrow();
		assertThat(stored.title()).isEqualTo("某某区2024年政务公开工作要点");
		assertThat(stored.jurisdiction()).isEqualTo("某某区");
		assertThat(stored.importedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
		assertThat(this.documents.findContent("notice")).contains(NOTICE);
		assertThat(this.clauses.findByDocument("notice")).first().satisfies(clause -> {
			assertThat(clause.number()).isEqualTo("（一）");
			assertThat(clause.headingPath()).containsExactly("某某区2024年政务公开工作要点", "一、加强政策解读", "（一）政策文件发布后3个工作日内发布解读材料");
			assertThat(clause.columns().responsible()).isEqualTo("区政府办牵头落实");
		});
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() {
		this.importer.importDocument(source("notice", NOTICE));
		ImportReport second = this.importer.importAll(List.of(source("notice", NOTICE)));
		assertThat(second.count(ImportOutcome.UNCHANGED)).isEqualTo(1);
		assertThat(second.changed()).isFalse();
		assertThat(this.documents.count()).isEqualTo(1);
		assertThat(this.clauses.count()).isEqualTo(2);
	}

	@Test
	void documentsOfAnOlderSegmentationAreSegmentedAgainFromTheirStoredText() {
		this.importer.importDocument(source("notice", NOTICE));
		this.jdbc.sql("update policy_document set segmenter_version = 0").update();
		this.jdbc.sql("delete from clause where ordinal = 1").update();
		assertThat(this.importer.resegmentOutdated()).isEqualTo(1);
		assertThat(this.documents.findById("notice").orElseThrow().segmenterVersion()).isEqualTo(Segmenter.VERSION);
		assertThat(this.clauses.findByDocument("notice")).hasSize(2);
		assertThat(this.importer.resegmentOutdated()).isZero();
	}

	@Test
	void reimportingUnchangedContentAfterASegmentationChangeSegmentsAgain() {
		this.importer.importDocument(source("notice", NOTICE));
		this.jdbc.sql("update policy_document set segmenter_version = 0").update();
		ImportResult again = this.importer.importDocument(source("notice", NOTICE));
		assertThat(again.outcome()).isEqualTo(ImportOutcome.UPDATED);
		assertThat(again.message()).contains("重新切分");
	}

	@Test
	void theSameContentUnderAnotherNameIsADuplicate() {
		this.importer.importDocument(source("notice", NOTICE));
		ImportResult copy = this.importer.importDocument(source("copy-of-notice", NOTICE));
		assertThat(copy.outcome()).isEqualTo(ImportOutcome.DUPLICATE);
		assertThat(copy.message()).contains("notice");
		assertThat(this.documents.count()).isEqualTo(1);
	}

	@Test
	void changedContentReplacesTheDocumentAndItsClauses() {
		this.importer.importDocument(source("notice", NOTICE));
		ImportResult updated = this.importer.importDocument(source("notice", NOTICE + "（三）年内至少举办1次政府开放日。\n"));
		assertThat(updated.outcome()).isEqualTo(ImportOutcome.UPDATED);
		assertThat(this.documents.count()).isEqualTo(1);
		assertThat(this.clauses.findByDocument("notice")).hasSize(3);
	}

	@Test
	void unreadableFilesAreReportedAndChangeNothing() {
		byte[] binary = new byte[2048];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) (i % 7);
		}
		assertThat(this.importer.importDocument(new SourceDocument("binary", "binary.txt", binary)))
			.satisfies(result -> {
				assertThat(result.outcome()).isEqualTo(ImportOutcome.FAILED);
				assertThat(result.message()).contains("不是可读的文本文件");
			});
		assertThat(this.importer.importDocument(new SourceDocument("empty", "empty.txt", new byte[0])).message())
			.isEqualTo("文件为空");
		assertThat(this.importer.importDocument(source("blank", "  \n \n")).outcome()).isEqualTo(ImportOutcome.FAILED);
		assertThat(this.documents.count()).isZero();
	}

	@Test
	void decodesGb18030Files() {
		byte[] gbk = NOTICE.getBytes(java.nio.charset.Charset.forName("GB18030"));
		assertThat(this.importer.importDocument(new SourceDocument("gbk", "gbk.txt", gbk)).outcome())
			.isEqualTo(ImportOutcome.IMPORTED);
		assertThat(this.documents.findById("gbk").orElseThrow().title()).isEqualTo("某某区2024年政务公开工作要点");
	}

	@Test
	void importsAFolderWithSubFoldersById(@TempDir Path folder) throws IOException {
		Files.createDirectories(folder.resolve("laws/local"));
		Files.writeString(folder.resolve("notice.txt"), NOTICE, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("laws/local/rule.md"), "# 某某条例\n\n第一条 为了规范管理，制定本条例。\n",
				StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("README.md"), "# not a document", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("image.png"), "not text", StandardCharsets.UTF_8);
		ImportReport report = this.importer.importAll(new FolderSource(folder));
		assertThat(report.count(ImportOutcome.IMPORTED)).isEqualTo(2);
		assertThat(this.documents.findAll()).extracting(PolicyDocument::id)
			.containsExactly("laws/local/rule", "notice");
	}

	private static SourceDocument source(String id, String text) {
		return new SourceDocument(id, id + ".txt", text.getBytes(StandardCharsets.UTF_8));
	}

}
