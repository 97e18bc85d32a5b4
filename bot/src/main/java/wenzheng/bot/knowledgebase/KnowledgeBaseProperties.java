package wenzheng.bot.knowledgebase;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.validation.annotation.Validated;

/**
 * Where the bot keeps its data, what it imports and when it answers. Defaults are in
 * {@code application.yml}.
 *
 * @param dataDir the folder of the embedded database and the Lucene index
 * @param importDir a folder (or {@code classpath:} location) whose documents are imported
 * on start; sub-folders included
 * @param answerThreshold the confidence below which a question goes to the hotline;
 * unset, the threshold the ranking model's fit recommends
 * @param answerCache how many questions' answers each instance keeps for questions asked
 * again (0: none); they are dropped whenever the knowledge changes
 * @param changePoll how often this instance looks for knowledge changes made on other
 * instances: an indexed look at the change feed, so cheap enough that the wait it adds to
 * an edit reaching the other instances stays well within a second
 */
@ConfigurationProperties("wenzheng")
@Validated
public record KnowledgeBaseProperties(@NotNull Path dataDir, @NotBlank String importDir,
		@DecimalMin("0.0") @DecimalMax("1.0") Double answerThreshold, @DefaultValue("10000") @Min(0) int answerCache,
		@DefaultValue("250ms") Duration changePoll) {

	public Path indexDir() {
		return this.dataDir.resolve("index");
	}

}
