package wenzheng.knowledge.vector;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import wenzheng.knowledge.MigratedDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored meaning vectors: by model, once per text.
 */
class TextVectorRepositoryIntegrationTests {

	private TextVectorRepository vectors;

	@BeforeEach
	void migrate() {
		DataSource dataSource = MigratedDatabase.create();
		this.vectors = new TextVectorRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
	}

	@Test
	void keepsEachModelsVectorsApart() {
		this.vectors.saveAll("m1", Map.of("a", "AAAA", "b", "BBBB"));
		this.vectors.saveAll("m2", Map.of("a", "CCCC"));
		Map<String, String> read = new LinkedHashMap<>();
		this.vectors.forEach("m1", read::put);
		assertThat(read).containsOnly(Map.entry("a", "AAAA"), Map.entry("b", "BBBB"));
		assertThat(this.vectors.count("m2")).isEqualTo(1);
	}

	@Test
	void aVectorAnotherInstanceStoredMeanwhileIsKeptAndTheRestOfTheBatchStored() {
		this.vectors.saveAll("m", Map.of("a", "FIRST"));
		Map<String, String> batch = new LinkedHashMap<>();
		batch.put("a", "SECOND");
		batch.put("b", "NEW");
		this.vectors.saveAll("m", batch);
		Map<String, String> read = new LinkedHashMap<>();
		this.vectors.forEach("m", read::put);
		assertThat(read).containsOnly(Map.entry("a", "FIRST"), Map.entry("b", "NEW"));
	}

}
