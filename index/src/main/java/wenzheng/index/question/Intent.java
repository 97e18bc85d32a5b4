package wenzheng.index.question;

/**
 * The kind of fact a question asks for.
 */
public enum Intent {

	/** 多久, 什么时候, 时限 */
	DEADLINE,
	/** 谁, 哪个部门, 牵头 */
	RESPONSIBLE,
	/** 几次, 多少, 多久一次 */
	QUANTITY,
	/** 在哪, 哪个平台, 什么渠道 */
	PLACE,
	/** 哪些, 什么内容, 包括什么: an enumeration */
	LIST,
	/** 怎么办, 如何, 流程 */
	PROCEDURE,
	/** 能不能, 是否, 要不要 */
	YES_NO,
	/** anything else: 什么, 哪些, 内容 */
	GENERAL

}
