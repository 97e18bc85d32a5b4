package wenzheng.bot.knowledgebase;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The semantic reading of questions and clauses (bge-small-zh-v1.5, in-process).
 *
 * @param enabled whether clause vectors are computed and the cosine of question and
 * clause takes part in ranking and confidence
 * @param onDemand whether a candidate clause without a vector gets one while answering
 * (tens of milliseconds a clause) instead of all clauses getting one in the background:
 * for measuring a large base with the eval command without waiting for every vector
 */
@ConfigurationProperties("wenzheng.semantic")
public record SemanticProperties(@DefaultValue("false") boolean enabled, @DefaultValue("false") boolean onDemand) {

}
