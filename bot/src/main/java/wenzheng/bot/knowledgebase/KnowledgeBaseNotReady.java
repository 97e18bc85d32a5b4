package wenzheng.bot.knowledgebase;

/**
 * Thrown when a question arrives before the knowledge base has been loaded and indexed.
 */
public class KnowledgeBaseNotReady extends RuntimeException {

	public KnowledgeBaseNotReady() {
		super("知识库正在加载，请稍后再试");
	}

}
