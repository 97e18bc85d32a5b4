package wenzheng.bot.knowledgebase;

/**
 * Published when a new answerer serves citizens: documents, the FAQ or the dictionary
 * changed, here or on another instance.
 */
public record KnowledgeRefreshed() {

}
