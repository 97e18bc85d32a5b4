package wenzheng.bot.knowledgebase;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the bot keeps its data and what it imports.
 *
 * @param dataDir the folder of the embedded database and the Lucene index
 * @param importDir a folder (or {@code classpath:} location) whose documents are imported
 * on start; sub-folders included
 * @param answerThreshold the confidence below which a question goes to the hotline
 */
@ConfigurationProperties("wenzheng")
public record KnowledgeBaseProperties(@DefaultValue("./data") Path dataDir,
		@DefaultValue("classpath:wenzheng/knowledge/sample") String importDir,
		@DefaultValue("0.6") double answerThreshold) {

	public Path indexDir() {
		return this.dataDir.resolve("index");
	}

}
