package wenzheng.bot;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import wenzheng.index.eval.RankingFit;

/**
 * The policy Q&amp;A bot. {@code java -jar wenzheng.jar} serves the web chat and API;
 * {@code java -jar
 * wenzheng.jar eval FILE.jsonl...} runs question sets through the same answering code and
 * exits; {@code java -jar wenzheng.jar fit ROWS.tsv...} fits the ranking model.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WenzhengApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "fit".equals(args[0])) {
			RankingFit.main(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		if (args.length > 0 && "eval".equals(args[0])) {
			SpringApplication eval = new SpringApplication(WenzhengApplication.class);
			eval.setWebApplicationType(WebApplicationType.NONE);
			eval.setAdditionalProfiles("eval");
			String[] rest = Arrays.copyOfRange(args, 1, args.length);
			System.exit(SpringApplication.exit(eval.run(rest)));
		}
		SpringApplication.run(WenzhengApplication.class, args);
	}

}
