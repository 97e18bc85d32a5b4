package wenzheng.knowledge.faq;

/**
 * The life cycle of a FAQ entry: only published entries answer citizens.
 */
public enum FaqStatus {

	DRAFT, PUBLISHED, RETIRED

}
