package wenzheng.knowledge.faq;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import wenzheng.knowledge.MigratedDatabase;
import wenzheng.knowledge.synonym.SynonymRepository;
import wenzheng.knowledge.synonym.SynonymRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Dictionary rows and FAQ entries in the database.
 */
class EditableKnowledgeIntegrationTests {

	private SynonymRepository synonyms;

	private FaqRepository faq;

	@BeforeEach
	void migrate() {
		JdbcClient jdbc = JdbcClient.create(MigratedDatabase.create());
		this.synonyms = new SynonymRepository(jdbc);
		this.faq = new FaqRepository(jdbc);
	}

	@Test
	void storesDictionaryRowsInTheFileFormat() {
		this.synonyms.add(new SynonymRow(List.of("社保卡", "医保卡"), List.of("社会保障卡")), Instant.now());
		assertThat(this.synonyms.findAll()).extracting(SynonymRow::line).containsExactly("社保卡,医保卡 => 社会保障卡");
		assertThatThrownBy(() -> new SynonymRow(List.of(), List.of("x"))).hasMessageContaining("不能为空");
	}

	@Test
	void onlyPublishedEntriesAnswer() {
		long published = this.faq
			.add(new FaqEntry(0, "怎么申请？", List.of("在哪申请", "申请方式"), "在线申请。", null, FaqStatus.PUBLISHED), Instant.now());
		this.faq.add(new FaqEntry(0, "草稿问题", List.of(), "草稿答案", "某市", FaqStatus.DRAFT), Instant.now());
		assertThat(this.faq.findPublished()).singleElement().satisfies(entry -> {
			assertThat(entry.id()).isEqualTo(published);
			assertThat(entry.phrasings()).containsExactly("在哪申请", "申请方式");
			assertThat(entry.allPhrasings()).containsExactly("怎么申请？", "在哪申请", "申请方式");
		});
	}

}
