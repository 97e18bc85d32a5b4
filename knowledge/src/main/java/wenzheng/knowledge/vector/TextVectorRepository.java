package wenzheng.knowledge.vector;

import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores encoded meaning vectors by model and text key. A vector once stored is never
 * changed: the key names the text and the model names how it was read.
 */
public final class TextVectorRepository {

	private static final int STREAM_FETCH_SIZE = 1000;

	private static final String INSERT = "insert into text_vector (model, text_key, vector) values (?, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final JdbcTemplate streaming;

	public TextVectorRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
		this.streaming = new JdbcTemplate(template.getDataSource());
		this.streaming.setFetchSize(STREAM_FETCH_SIZE);
	}

	/**
	 * Streams every vector of a model, as key and encoded vector.
	 */
	public void forEach(String model, BiConsumer<String, String> consumer) {
		RowCallbackHandler row = rs -> consumer.accept(rs.getString(1), rs.getString(2));
		this.streaming.query("select text_key, vector from text_vector where model = ?", row, model);
	}

	public long count(String model) {
		return this.jdbc.sql("select count(*) from text_vector where model = ?")
			.param(model)
			.query(Long.class)
			.single();
	}

	/**
	 * Stores vectors by key; one another instance stored meanwhile is kept as it is.
	 */
	public void saveAll(String model, Map<String, String> vectors) {
		try {
			this.template.batchUpdate(INSERT, vectors.entrySet(), vectors.size(), (ps, entry) -> {
				ps.setString(1, model);
				ps.setString(2, entry.getKey());
				ps.setString(3, entry.getValue());
			});
		}
		catch (DuplicateKeyException ex) {
			vectors.forEach((key, vector) -> saveIfAbsent(model, key, vector));
		}
	}

	private void saveIfAbsent(String model, String key, String vector) {
		try {
			this.template.update(INSERT, model, key, vector);
		}
		catch (DuplicateKeyException ex) {
			// Stored by another instance: the same text read by the same model.
		}
	}

}
