package wenzheng.index.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import wenzheng.index.build.FigureKind;
import wenzheng.index.question.ClauseScope;
import wenzheng.index.question.IntentDetector;
import wenzheng.index.question.QuestionReader;
import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;

/**
 * The value a question asks for and whether a clause contains one: a telephone number, an
 * e-mail address, a document number, the papers to bring, a sum of money, a count with
 * its unit, a calendar date, the named members of a set, a unit's name, a consequence, a
 * place or channel, the basis of a decision, an enumeration, a time or period, steps, or
 * a rule. A clause answers only when its own words (text and columns, never its headings,
 * which carry the document's title and year) hold a value of the kind asked; one that
 * only names what the question names is no answer. Read once per question; checked
 * against every candidate clause.
 */
final class AskedValue {

	/** A Chinese or Arabic number. */
	private static final String NUMBER = "(?:[0-9０-９]+(?:\\.[0-9]+)?|[一二三四五六七八九十两百千万]+)";

	/** Points ("5分", "多少分"), not minutes ("分钟"), "分之", "分类", "分别" or "分管". */
	private static final String POINTS = "分(?![钟之类别管])";

	/** A count of a set: "168项", "31个", "七大", "两张". */
	private static final String SET_COUNT = "([0-9０-９]+|[两二三四五六七八九十百千]+)(项|个|类|种|条|家|所|批|大|张|方面)";

	/**
	 * A number with its unit. A month or a day after a month ("12月底前", "11月20日") and a
	 * four-digit year are calendar dates, not counts: "个月" is a count of months, "12月" is
	 * December.
	 */
	private static final Pattern COUNTED = Pattern.compile(NUMBER
			+ "\\s*(个月|个工作日|工作日|个小时|小时|学时|课时|页|位|个|项|次|家|人|元|万元|亿元|%|％|倍|批|天|日|周|年|篇|条|种|类|户|所|名|轮|期|场|本|吨|辆|台|张|间|套|座|份|只|件|万|亿|"
			+ POINTS + ")");

	/** How often: a frequency answers "how many times a year". */
	private static final WordSet FREQUENCY = new WordSet("每年|每半年|每季度|每季|每月|每周|每天|每日");

	/** A calendar date: a day, a month of a year, or a month. */
	private static final Pattern DAY = Pattern.compile("[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}[日号]"
			+ "|[0-9０-９]{4}年[0-9０-９一二三四五六七八九十]{1,2}月|[0-9０-９一二三四五六七八九十]{1,2}月(底|末|份|上旬|中旬|下旬|前|初)");

	/** A month named alone: "十二月", "10月". */
	private static final Pattern MONTH = Pattern
		.compile("(?<![0-9０-９一二三四五六七八九十几])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?!份?[0-9])");

	/** A span of time without its unit: "五个", "一两", "十多个". */
	private static final String SPAN = "[0-9０-９一二三四五六七八九十两几]+多?个?";

	/** A time limit counted from an event: "20个工作日内", "三天后". */
	private static final String TIME_LIMIT = "[0-9０-９一二三四五六七八九十两]+\\s*个?(工作日|日|天|周|月|年|小时)(内|以内|前|后)";

	/**
	 * A time or a period: a date, a year's end, a time limit counted from an event, a
	 * frequency or a standing arrangement.
	 */
	private static final Pattern PERIOD = Pattern.compile(DAY.pattern() + "|[0-9０-９]{4}年|" + TIME_LIMIT);

	private static final Pattern TIME_LIMIT_COUNTED = Pattern.compile(TIME_LIMIT);

	/**
	 * A time a yes/no question states of the citizen's case ("干到2021年底", "二十个工作日内",
	 * "11月20日"): a year alone names the plan asked about ("按照2021年的方案"), not a time.
	 */
	private static final Pattern STATED_TIME = Pattern
		.compile(DAY.pattern() + "|[0-9０-９]{4}年(底|末|内|前|初|中|以前|之前|以后|之后|起)|" + TIME_LIMIT);

	/** "有没有规定几次", "是不是要几个": how many, asked inside a yes/no question. */
	private static final Pattern ASKS_HOW_MANY_WHETHER = Pattern
		.compile("(规定|要求|限定|限制)[^，,。？?]{0,4}几|几[^，,。？?]{0,3}(以上|以内|以下)");

	/** A time the citizen states in words: "年底前汇总上来就行了吧". */
	private static final Pattern STATED_TIME_WORDS = Pattern.compile("(年底|年末|年初|年中|月底|月末)(之?前|以前)");

	/**
	 * A delay the citizen states ("拖个一两周再发", "过了五个工作日才发出来"): a span of time after a verb
	 * of putting off, or before "才"/"再". "等了十几天还没答复，能投诉吗" waits, and asks what next.
	 */
	private static final Pattern STATED_DELAY = Pattern
		.compile("(拖|晚|迟|推迟|延迟|延后)(了|个|上)?" + SPAN + "(工作日|天|日|周|星期|月|年|小时)|" + SPAN + "(工作日|天|日|周|星期|月|小时)(才|再)");

	/** A part of a year by which something is due: "年底", "上半年", "季度". */
	private static final String PARTS_OF_YEAR = "年底|年末|年内|年初|上半年|下半年|季度";

	/** A time counted from an event, or at once: "日内", "之日起", "当天", "同步". */
	private static final String FROM_THE_EVENT = "日内|之日起|当天|当日|即时|实时|第一时间|同步";

	/**
	 * A period in words: a year's end, a time limit counted from an event, a standing
	 * arrangement.
	 */
	private static final WordSet PERIOD_WORDS = new WordSet(
			PARTS_OF_YEAR + "|" + FROM_THE_EVENT + "|及时|长期|常态化|持续|贯穿全年|定期|每年|每半年|每季度|每季|每月|每周|每天|每日");

	/**
	 * "最晚什么时候", "啥时候之前", "截止到哪天": a deadline, which a standing arrangement ("持续", "定期",
	 * "及时") does not give.
	 */
	private static final Pattern DEADLINE_ASKED = Pattern.compile("最晚|最迟|截止|截至|(什么时候|啥时候|哪天|几月)(之前|以前|前|为止)|期限");

	/** A deadline in words: a year's end, a time counted from an event, at once. */
	private static final WordSet DEADLINE_WORDS = new WordSet(PARTS_OF_YEAR + "|" + FROM_THE_EVENT);

	/**
	 * "多快": how soon after an event, which a time limit counted from it gives
	 * ("发布30个工作日内"), not a calendar deadline ("2022年底前").
	 */
	private static final Pattern SOON_ASKED = Pattern.compile("多快");

	/** How soon in words: counted from an event, or at once. */
	private static final WordSet SOON_WORDS = new WordSet(FROM_THE_EVENT + "|及时|立即|马上");

	/**
	 * An enumeration of named items: two or more names separated by "、" (names of two
	 * characters or more: "省、市、区" enumerates levels, not members), quoted names one after
	 * another, a quoted name followed by "等", or numbered items.
	 */
	private static final Pattern ENUMERATION = Pattern
		.compile("(?<![^、，,。；;：:\\s（）()])[^、，,。；;：:\\s（）()]{2,}+(、[^、，,。；;：:\\s]{2,}+)+"
				+ "|”\\s*、?\\s*“|”等|（[1１一]）[^（]+（[2２二]）|[①②]|一是[^。]+二是");

	/** One item of an enumeration. */
	private static final Pattern ITEM = Pattern.compile("[^、，,。；;：:\\s“”]{2,}");

	/**
	 * A place or channel: a website, a platform, a column, a hall, a notice board, a
	 * hotline, a mailbox, a public medium.
	 */
	private static final WordSet CHANNEL = new WordSet(
			"网站|网页|门户|平台|专栏|栏目|专区|专页|渠道|大厅|窗口|场所|公开栏|公示栏|宣传栏|公告栏|热线|微信|公众号|微博|新媒体|APP|App|客户端|小程序|"
					+ "档案馆|图书馆|查阅点|查阅中心|阅览室|信箱|报刊|报纸|广播|电视|发布会|服务中心|便民服务站|社区|村务|短信|邮箱|电话|现场|中国政府网");

	/**
	 * "哪几个地点", "哪些公共场所", "地址在哪": the members asked are places, named only by a list of
	 * places.
	 */
	private static final Pattern PLACES_ASKED = Pattern
		.compile("哪(些|几个?|几处|几家)(公共)?(地点|场所|地方|网点|点位|位置)|地址在哪|在哪(些|几个?|几处)(地方|地点|场所)");

	/**
	 * A set the question names by its count ("那168项重点工作任务", "哪七大"): its members are named
	 * by a list of as many, or at least five.
	 */
	private static final Pattern COUNTED_SET = Pattern.compile("(?<![0-9０-９.])" + SET_COUNT);

	/**
	 * How many items name the members of a set of five or more: "31个责任部门具体是哪些" is not
	 * answered by "同谋划、同部署、同落实", though examples ("稳就业、保民生、促消费等") are.
	 */
	private static final int LARGE_SET = 5;

	/**
	 * "哪个监管平台", "什么服务网站": a channel asked by its kind with a qualifier, answered by the
	 * name of one ("吉林省政务公开智能监管平台"), though the question holds the kind's words.
	 */
	private static final Pattern CHANNEL_KIND_ASKED = Pattern
		.compile("(?:什么|啥|哪些|哪个)(\\p{IsHan}{1,4}?(?:平台|网站|栏目|专区|窗口|热线|公众号|系统))");

	/** An item of a list that is a place: a channel, or a name ending as places do. */
	private static final Pattern PLACE_ITEM = Pattern.compile("(馆|厅|中心|站|室|点|院|楼|店|场|所|栏|窗口|广场|大厦|社区|村|街|路|号)$");

	/**
	 * "哪个科室", "哪几个处室", "啥处": the unit asked is an office inside a body, named only by an
	 * office ("信息科", "计财处", "办公室"), not by the body or another one.
	 */
	private static final Pattern OFFICES_ASKED = Pattern
		.compile("(哪个|哪些|哪几个|什么|啥)(科室|处室|科|处(?![理置罚分所]))|(科室|处室)(是|有|为)?(哪个|哪些|哪几个)");

	/** An office's name as a text writes it: "信息科牵头", "办公室、计财处". */
	private static final Pattern OFFICE = Pattern.compile("\\p{IsHan}(科|处|室)(?=[、，,。；;：:\\s）)和及与牵负等]|$)");

	/**
	 * What follows from a failure or a breach: a sanction, a duty to pay or return, a
	 * refusal, or what an act counts as in law.
	 */
	private static final WordSet CONSEQUENCES = new WordSet("通报|批评|约谈|问责|追究|处分|处罚|罚款|罚金|责令|曝光|警告|赔偿|补偿|吊销|没收|拘留|"
			+ "退文|退回|退还|返还|整改|取消|暂扣|扣留|关停|停业|清理|注销|撤销|停止|禁止|降级|撤职|开除|失信|黑名单|承担|支付|无效|视为|追缴|滞纳金|加收");

	/**
	 * What a measure is for: "为了", "以便", "更好打通…", "形成有效震慑", "提高知晓度", "方便公众查询": the words
	 * by which a text says its aim or the effect it seeks, not those of the task itself
	 * ("加强", "完善", "开展"); a plan's preamble says its aim before "特制定本方案".
	 */
	private static final WordSet PURPOSES = new WordSet(
			"为了|以便|旨在|意在|目的|从而|进而|更好|打通|解决|形成|营造|促进|推动|提升|提高|增强|保障|确保|维护|实现|降低|减少|减轻|避免|防止|方便|便于|有利于|特制定|特制订");

	/** Why something is as it is: "因为", "鉴于", "经测算". */
	private static final WordSet CAUSES = new WordSet("因为|由于|鉴于|考虑到|出于|测算|核算|核定");

	/**
	 * The kind of thing whose name is asked, before the asking ("那个平台叫啥", "栏目名称是什么"): its
	 * name ends in the kind's word ("12366纳税服务平台").
	 */
	private static final Pattern NAMED_KIND = Pattern
		.compile("(平台|网站|栏目|专栏|专区|窗口|热线|公众号|系统|制度|手册)(?=的?(名字|名称)?(叫|是)?(什么|啥))");

	/** A service named by its number: "96885平台", "12345政务服务便民热线". */
	private static final Pattern NUMBERED_NAME = Pattern.compile("(?<![0-9])[0-9]{4,6}(?=平台|热线|服务|便民|政务|纳税|专线|网)");

	/** A name a text quotes or titles: "“四平市惠企惠民政策手册”", "《政务新媒体管理工作制度》". */
	private static final Pattern QUOTED_NAME = Pattern.compile("[“\"《「]([^”\"》」]{3,40})[”\"》」]");

	/** A unit's name: an office, a bureau, a commission, a government, a centre. */
	private static final WordSet UNIT = new WordSet("局|委员会|委|厅|办公室|办|政府|管委会|指挥部|领导小组|小组|中心|处|科|部门|单位|机关|机构|街道|办事处|乡镇",
			"理法事署置");

	/** The words a person's name goes with. */
	private static final WordSet POSTS = new WordSet("组长|局长|主任|书记|负责人|联系人|主席|市长|区长|县长|厅长|处长|科长|部长|同志|先生|女士");

	/**
	 * A person named in a post: "组长：某某", "某某同志"; not "主要负责同志", who is no one in
	 * particular.
	 */
	private static final Pattern PERSON = Pattern
		.compile("(组长|局长|主任|书记|负责人|联系人|主席|市长|区长|县长|厅长|处长|科长|部长)[：:为由是]\\s*\\p{IsHan}{2,4}"
				+ "|\\p{IsHan}{2,3}(?<!负责|领导|有关|相关|分管|主管|牵头|工作|其他)(同志|先生|女士)");

	/**
	 * A basis: a principle, a standard, what something is guided by or rests on, or the
	 * rule it follows.
	 */
	private static final WordSet BASIS = new WordSet("原则|标准|为导向|为准|为依据|为基础|为核心|为主线|依据|根据|按照|依照|参照|遵循|对照");

	/** Papers a citizen brings or submits: certificates, forms, copies, statements. */
	private static final WordSet PAPERS = new WordSet(
			"证明|证件|身份证|户口簿|户口本|申请书|申请表|登记表|审批表|说明|报告|复印件|原件|照片|合同|执照|许可证|证书|清单|意见|票据|发票|材料|稿件|文稿");

	/**
	 * What a sentence naming the papers to bring says of them: that they are handed in,
	 * shown or listed ("提交身份证复印件", "出具下列证件", "申请材料包括"). A paper's name in any other
	 * sentence ("征求意见", "年度报告") names no papers to bring.
	 */
	private static final WordSet HANDING_IN = new WordSet(
			"提交|提供|携带|带上|带齐|出示|出具|报送|递交|交验|上传|附上|填写|填报|凭|持|准备|备齐|包括|下列|以下|如下");

	/** A document cited by its title: "按《…》要求" names what a thing follows. */
	private static final Pattern CITED_TITLE = Pattern.compile("《[^》]{2,}》");

	/** A means with what it is ("以项目归集的方式"): the question names only "方式". */
	private static final WordSet MEANS = new WordSet("方式|形式|途径|办法|手段");

	/** What is to be done: "要做去标识化处理" says how. */
	private static final WordSet MODAL = new WordSet("要|应当|应|必须|须|需|可以|可");

	/** Words that ask how, or which procedure ("什么手续"). */
	private static final Pattern ASKS_HOW = Pattern.compile("怎么|如何|怎样|咋|什么|啥|哪");

	/** Steps: how something is done, by what means and in what order. */
	private static final WordSet STEPS = new WordSet(
			"通过|按照|依照|依据|依托|利用|采取|采用|程序|流程|方式|步骤|办理|申请|提交|登录|点击|扫码|扫描|填写|填报|上传|下载|"
					+ "关注|拨打|前往|携带|先|再|然后|建立|完善|开展|加强|做好|实行|实施|推行|落实|制定|组织|进行|报送|备案|公开|发布|审核|审查");

	/**
	 * A rule: what must, may or must not be done, or what the authority undertakes to do
	 * ("加大曝光力度" answers "会不会曝光").
	 */
	private static final WordSet RULE = new WordSet(
			"不得|不能|不予|禁止|严禁|杜绝|避免|防止|应当|应|必须|须|需|要|可以|可|均|一律|免费|不收|允许|鼓励|原则上|依法|按照|确保|做到|"
					+ "加大|加快|推进|推动|引导|强化|提升|规范|健全|保障|深化|优化|扩大|坚持");

	/**
	 * A statement of fact ("每月第一个周六上午开放"), which answers a yes/no question as a rule
	 * does: a sentence of some length, not a label such as an attachment's title.
	 */
	private static final Pattern STATEMENT = Pattern.compile("^(?!\\s*附[件表录])[^：:]{10,}");

	/** The kinds of value, in the order the question is read for them. */
	enum Kind {

		/** "邮箱是什么", "电子邮件举报". */
		EMAIL(Pattern.compile("邮箱|电子邮件|邮件地址|[Ee]-?mail"), true),

		/**
		 * "文号是多少", "给个文号", "白政公组办几号"; answered only by a document number
		 * ("吉政办发〔2022〕21号").
		 */
		DOCUMENT_NUMBER(Pattern.compile("文号|发文字号|文件号|[办发函字〕]几号|第几号"), true),

		/**
		 * "电话是多少", "热线号码", "打哪个热线", "如何电话举报"; answered by a service number such as 12345,
		 * a local number, one with its area code, or a mobile number.
		 */
		TELEPHONE(Pattern.compile(
				"(电话|号码|热线)(是|为)?(多少|几号|什么)|(电话|热线)号码?$|打(什么|啥|哪个)(电话|热线)|(哪个|什么|啥|哪条)热线|电话(举报|咨询|联系|反映|投诉|预约)"), true),

		/**
		 * "需要什么材料", "带什么证件", "上传哪些身份证明材料": answered only by naming the papers to bring or
		 * submit.
		 */
		PAPERS(Pattern.compile("(什么|哪些|啥|哪几样)\\p{IsHan}{0,4}?(材料|证件|证明|资料)|带(什么|啥|哪些)"), true),

		/**
		 * "这个14天是依据什么定的", "为什么把权重定为百分之四", "这个数字是怎么来的": how a figure or rule was set,
		 * answered only by its cause or the document it follows, never by a clause that
		 * states the figure again.
		 */
		FIGURE_ORIGIN(Pattern.compile(
				"怎么定(出来)?的|怎么(来|算出来|得出来)的|(依据|根据|凭)(什么|啥)定的?|为(什么|啥)[^，,。？?！!]{0,20}?定[为成在]" + "|而不是更(高|低|长|短|多|少)"),
				true),

		/**
		 * "多少钱", "补贴多少", "安排了多少经费"; answered by a sum, a share, or that something costs
		 * nothing.
		 */
		MONEY(Pattern.compile(
				"多少钱|(?<!或)多少(工作|专项|财政)?(经费|资金|预算|款项)|(领|发|补|补贴|补助|报销|交|缴|收费?)(多少|几)|(多少|几)(十|百|千)?(万|亿)?元|多少万|几万块|金额"),
				true),

		/** "组长是谁", "主任现在是谁", "负责人叫什么"; answered by a person's name, never by a unit. */
		PERSON(Pattern.compile(
				"(组长|局长|主任|书记|负责人|联系人|主席|市长|区长|县长|厅长|处长|科长|部长)的?(现在|目前|现任|分别|都|到底)?(是谁|叫(什么|啥)|是哪位|姓(什么|啥)|名字)"), true),

		/**
		 * "叫啥名", "名称是什么": the name of a column, a platform, a rule or a campaign,
		 * answered by a name the text quotes or titles ("“四平市惠企惠民政策手册”专栏", "《…管理工作制度》").
		 */
		NAME(Pattern.compile("叫(什么|啥)(名字?|名称)?|(名字|名称)(是|叫)?(什么|啥)|啥名(?![单额次目])"), false),

		/**
		 * "周末有人接电话吗", "周六上班吗", "半夜能办不", "几点开门", "办公时间": when a service is open, answered
		 * only by its days or hours ("周一至周五", "节假日", "全天候", "9:00"), never by a clause
		 * that only names the service.
		 */
		HOURS(Pattern.compile("(周末|周六|周日|星期[六日天]|礼拜[六日天]|节假日|双休日?|晚上|夜里|夜间|半夜|深夜|凌晨|中午)[^，,。？?！!]{0,8}"
				+ "(上班|下班|开门|开放|办公|营业|有人|接电话|值班|受理|休息|能(办|整|弄|打|问|咨询))|(几点|什么时候|啥时候)(上班|下班|开门|关门|营业|开放|办公)|几点(到|至)几点|(上班|办公|营业|开放)时间(是|为|从)?(几点|什么|啥|怎么|怎样)"),
				true),

		/**
		 * "会怎么处理", "有啥后果", "会面临什么", "要承担什么责任": what follows from a failure or a breach,
		 * answered by a sanction or a legal consequence ("通报批评并约谈", "予以退文", "支付二倍的工资").
		 * "怎么处理" alone asks how to handle a case, and "处理措施", "哪些处理环节" the steps.
		 */
		CONSEQUENCE(Pattern.compile("会被?(怎么|咋|如何|怎样)(处理|处罚|处置|处分|追责|问责|罚)|(什么|啥|哪些)(后果|处罚|处分|惩罚|下场)"
				+ "|(什么|啥|哪些)处理(?![办措方机流程环步])|面临(什么|啥|哪些)|会怎么?样|(承担|负)(什么|啥|哪些)(法律)?责任|怎么(处罚|罚)"), false),

		/**
		 * "目的是什么", "为啥要", "想解决什么问题", "有什么用": what a measure is for, answered by a text
		 * saying its aim ("更好打通政策落实“最后一公里”", "以便群众查询").
		 */
		PURPOSE(Pattern.compile("目的(是|为|在于)?(什么|啥)|(什么|啥)目的|为了(什么|啥)|为(什么|啥)要|图(什么|啥)"
				+ "|(想|要|能)?解决(什么|啥|哪些)问题|意义(是|在于)?(什么|啥|何在)|有(什么|啥)(用|意义|作用|好处)|作用是(什么|啥)"), false),

		/**
		 * "具体是哪些", "哪几个", "都有哪些", "还有哪些", "哪七大", "哪两张", "168项任务都有啥": the members of a
		 * set, answered only by naming them, never by a clause that says the set exists.
		 */
		MEMBERS(Pattern.compile("具体(是|有|包括|在|设在|指)?(哪些|哪几|哪个)|都(有|是|包括|在)哪(些|几)|分别(是|在)?(哪些|哪几|哪里|哪儿)|还有哪(些|几)|"
				+ "(?<![多少])哪几(个|家|项|类|种|所|条|处|位|方面)|哪[两俩二三四五六七八九十0-9０-９]+\\p{IsHan}|有哪几|" + SET_COUNT
				+ "[^的，,。？?！!\\s]{1,6}(具体|分别)?都?(有|是|包括)(啥|什么)"), true),

		/**
		 * "多大岁数", "满几周岁"; answered only by an age: a clause without one does not answer.
		 */
		AGE(FigureKind.AGE.asked(), true),

		/** "几点以后", "几时"; answered only by a time of day. */
		CLOCK(FigureKind.CLOCK.asked(), true),

		/** "多远", "时速多少"; answered only by a distance or a speed. */
		DISTANCE(FigureKind.DISTANCE.asked(), true),

		/**
		 * "几个工作日", "多少次"; answered by a number with the unit asked for (a count of days
		 * is no count of working days), not by a calendar date or year. "夹了几条", "跑了好几趟"
		 * state a few, not ask how many; "完成了多少项" asks.
		 */
		COUNT(Pattern.compile(
				"(?<![哪那这第好十百千两一二三四五六七八九])(多少|(?<!了)几)(个?(工作日|天|日|周(?!岁)|年|次|回|项|个|家|人|名|位|元|块|篇|条|种|批|小时|学时|课时|页|件|份|张|"
						+ POINTS + ")|个月)|比例是多少|占比|比例多少|" + PEOPLE_ASKED),
				false),

		/** "哪天", "几号", "落款日期"; answered by a calendar date. */
		DATE(Pattern.compile("哪天|哪一天|几号|几月几|什么日期|哪个日期|日期是|具体日期|落款|几月份|哪年哪月"), true),

		/**
		 * "在哪条街", "地址是什么", "网址是什么"; answered only by a street address or a web address,
		 * never by the name of the hall or platform the question asks about.
		 */
		ADDRESS(Pattern.compile(
				"哪条街|哪条路|什么街|什么路|哪个路口|(?<!邮箱|邮件|电子)地址(是|在)?(哪|什么|啥|多少)|网址|域名|(什么|啥|哪个)(具体)?地址|(具体|详细)地址|门牌号?(是|在)?(多少|几号)|几号楼|哪栋楼|具体位置|详细位置"),
				true),

		/** "排第几", "第几名"; answered only by a rank. */
		RANK(Pattern.compile("第几名|排第几|排在第几|排名第几|排多少名|排名多少|名次|排名(怎么样|如何|情况)|排(名|在)?第一|第一名是"), true),

		/**
		 * "产能有多少", "覆盖率为多少", "百分之几", "占多大分量": any other amount, answered by a number with
		 * a unit or a share.
		 */
		AMOUNT(Pattern.compile("(?<!或)多少|百分之几|几成|几倍|占多大"), false),

		/** "谁负责", "哪个部门"; answered by a unit's name. */
		UNIT(IntentDetector.ASKS_UNIT, false),

		/**
		 * "在哪看", "哪个平台", "什么渠道"; answered by a place or channel, or a web address.
		 * "什么时间内在网站公开" asks when: the interrogative belongs to the time word right after
		 * it.
		 */
		CHANNEL(Pattern.compile(
				"在哪|(?<!从)哪里|(?<!从)哪儿|上哪|去哪|到哪|(什么|啥|哪些|哪个)(?!时)[^，,。？?！!\\s]{0,6}?(地方|平台|渠道|网站|栏目|途径|专区|窗口)"), false),

		/**
		 * "按什么原则", "照着啥来改", "以什么为准": the basis of a decision, answered by a principle, a
		 * standard, what it is guided by or the document it follows ("以基层群众实际需求为导向").
		 * "按什么程序" asks the steps.
		 */
		BASIS(Pattern.compile("(按|依|照|根据|依据|按照|依照|参照|遵循|凭)着?(什么|啥|哪个|哪些|何种|哪种)(?!方式|形式|渠道|途径|平台|程序|流程|步骤|手续)"
				+ "|以(什么|啥|哪\\p{IsHan}?)[^，,。？?！!]{0,8}为(准|依据|标准|导向)|(什么|啥|哪些|哪个)(标准|依据|原则)|(标准|依据|原则)(是|有|为)(什么|啥|哪些)"),
				false),

		/** "有哪些", "包括什么": an enumeration, or at least the items of one. */
		LIST(Pattern.compile("哪些|包括什么|包括哪|都有什么|有哪几"), false),

		/** "什么时候", "多久", "时限"; answered by a date, a time limit or a period. */
		PERIOD(Pattern.compile("多快|" + IntentDetector.ASKS_WHEN), false),

		/** "怎么办", "如何", "走哪几步"; answered by steps or a means. */
		STEPS(Pattern.compile("怎么办|如何|怎样|怎么|咋|流程|步骤|程序|手续|几步(?!行)|(什么|啥|哪种|哪些)(方式|办法|方法|手段|法子|招儿?|路子)|什么形式"), false),

		/**
		 * "还能算工伤吗", "属于什么租赁": what something counts as, answered by a classification or a
		 * definition ("应当认定为工伤", "视为不定期租赁").
		 */
		CLASSIFICATION(FigureKind.COUNTS_AS_ASKED, false),

		/** "能不能", "是否", "支不支持"; answered by a rule. */
		RULE(IntentDetector.YES_OR_NO, false),

		/** Nothing in particular. */
		NONE(null, false);

		private final Pattern asked;

		private final boolean exact;

		Kind(Pattern asked, boolean exact) {
			this.asked = asked;
			this.exact = exact;
		}

	}

	/** No particular value asked for. */
	static final AskedValue NONE = new AskedValue(Kind.NONE, "", null, List.of());

	/** The phrases of a sentence. */
	private static final Pattern PHRASES = Pattern.compile("[^，,：:]+");

	/** Where one question of a message ends and another begins. */
	private static final Pattern QUESTIONS = Pattern.compile("[^？?！!。；;]+");

	/**
	 * The date of a news item's dateline ("新华社南宁2月4日电（记者 何伟）"): the day it was filed,
	 * never the date asked about.
	 */
	private static final Pattern DATELINE = Pattern
		.compile("[0-9０-９]{1,2}月[0-9０-９]{1,2}日电(（记者[^）]{0,30}）|\\(记者[^)]{0,30}\\))?");

	private static final Pattern EMAIL_ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	private static final Pattern TELEPHONE_NUMBER = Pattern
		.compile("(?<![\\d.])((\\d{3,4}[-－—])?\\d{5,8}|1\\d{10})(?![\\d.])");

	/**
	 * "政务公开办的电话", "办公室负责政务公开的联系电话", "主管部门的投诉电话": the number of an office, which a
	 * hotline's number ("12345政务服务便民热线") is not.
	 */
	private static final Pattern OFFICE_TELEPHONE_ASKED = Pattern
		.compile("(办|办公室|局|委|处|科|站|所|中心|办事处|管委会|部门)[^，,。？?！!打]{0,10}?(联系|办公|咨询|值班|投诉|举报)*电话");

	/** A number named as a hotline's: "12345政务服务便民热线", "12345和各单位…热线电话". */
	private static final Pattern HOTLINE = Pattern.compile("[^，,。；;：:]{0,12}?热线");

	private static final Pattern SUM = Pattern.compile("[0-9０-９一二三四五六七八九十两百千万.]+\\s*(元|万元|亿元|%|％)");

	/** A web address: a channel, and an address. */
	private static final String WEB = "https?://|www\\.|[A-Za-z0-9-]+\\.(gov|com|cn|org|net)\\b";

	private static final Pattern WEB_ADDRESS = Pattern.compile(WEB);

	/**
	 * A street address ("人民大街1234号", "3号楼"), an address given as such, or a web address.
	 */
	private static final Pattern STREET_ADDRESS = Pattern
		.compile("(路|街|道|巷|胡同|弄)[0-9０-９一二三四五六七八九十百]+号|[0-9０-９]+号(楼|院)|地址[：:]|" + WEB);

	/**
	 * Days or hours of service: "周一至周五", "节假日", "全天候", "24小时", "8:30" ("20个工作日内" is a
	 * time limit, not opening days).
	 */
	private static final Pattern SERVICE_HOURS = Pattern.compile(
			"周[一二三四五六日天]|星期[一二三四五六日天]|节假日|双休日|全天候?|24小时|7\\s*[×x*]\\s*24|\\d{1,2}\\s*[:：]\\s*\\d{2}|[上下]午\\s*[0-9一二三四五六七八九十]|[0-9一二三四五六七八九十]+\\s*[点时](?![前多几儿间期代候效限])");

	/** A rank: "第3名", "排名第一", "位列前十". */
	private static final Pattern RANK_VALUE = Pattern.compile("第[0-9０-９一二三四五六七八九十]+(名|位)|排名第|名列|排名前|位列|位居");

	private static final Pattern FINE = Pattern.compile("罚");

	private static final String SENTENCE_ENDS = "。；;！？!?\n";

	private static final String PHRASE_ENDS = "，,：:" + SENTENCE_ENDS;

	private static final WordSet FREE = new WordSet("百分之|免费|不收费|不收取");

	private static final Pattern SHARE = Pattern
		.compile("[0-9０-９]+(?:\\.[0-9]+)?\\s*(%|％)|百分之|[一二三四五六七八九十]成|[0-9０-９一二三四五六七八九十]+分之");

	/**
	 * Where something is handed in ("报告交到哪", "材料报到哪里", "送到哪儿"): a unit receiving it
	 * answers as a place does ("上报区政务公开办").
	 */
	private static final Pattern RECIPIENT_ASKED = Pattern.compile("(交|报|送|递|寄|提交|上报|报送)(到|给)哪");

	/** A share asked for: "比例是多少", "覆盖率有多少", "百分之几", "占多大分量". */
	private static final Pattern ASKS_SHARE = Pattern.compile("比例|占比|比重|率[为是有达到了约]{0,3}多少|百分之几|几成|占(多大|多少)");

	/** "多少群众", "几名村民": a number of people asked. */
	private static final String PEOPLE_ASKED = "(多少|几)(名|位)?(群众|居民|市民|村民|人次)";

	/**
	 * The unit a count question asks in ("几个工作日" asks in working days). A month is
	 * counted only as "几个月": "几月底前" asks which month.
	 */
	private static final Pattern ASKED_UNIT = Pattern
		.compile("(?:多少|几)个?(工作日|天|日|周|(?<=个)月|年|次|回|小时|学时|课时|人|名|位|项|条|页|件|份|张|" + POINTS + ")|" + PEOPLE_ASKED);

	/** The unit of a count of times ("几次", "多少回"). */
	private static final Pattern TIMES = Pattern.compile("次");

	/**
	 * The units of a count of items ("多少项", "几条"): a count in another unit ("31个部门") does
	 * not answer it, but a list of the items may, so the count is not required.
	 */
	private static final Pattern ITEMS = Pattern.compile("项|条");

	/** How many characters of an enumerated item identify it. */
	private static final int NAME_LENGTH = 4;

	private final Kind kind;

	private final String question;

	/** For a count, the units that answer it; {@code null} for any unit. */
	private final Pattern units;

	/**
	 * The values the other questions of the same message ask for ("会不会公开？哪个部门负责？"): a
	 * clause holding any of them answers part of the message.
	 */
	private final List<AskedValue> others;

	/**
	 * "多久", "多长时间": a length of time answers ("试用期不得超过二个月"), not only a date or a time
	 * limit. Read once, as every candidate clause and passage is checked against it.
	 */
	private final boolean asksLength;

	/** Whether a period asked is a deadline ({@link #DEADLINE_ASKED}). */
	private final boolean asksDeadline;

	/** Whether a period asked is how soon after an event ({@link #SOON_ASKED}). */
	private final boolean asksSoon;

	/** Whether the members asked are places ({@link #PLACES_ASKED}). */
	private final boolean asksPlaces;

	/**
	 * Whether the place asked is where something is handed in ({@link #RECIPIENT_ASKED}).
	 */
	private final boolean asksRecipient;

	/**
	 * Whether the telephone asked is an office's ({@link #OFFICE_TELEPHONE_ASKED}), not a
	 * hotline's.
	 */
	private final boolean asksOfficeTelephone;

	/** Whether the count or amount asked is a share ({@link #ASKS_SHARE}). */
	private final boolean asksShare;

	/**
	 * The qualified kind of channel asked ({@link #CHANNEL_KIND_ASKED}) or the kind of
	 * thing whose name is asked ({@link #NAMED_KIND}), or {@code null}.
	 */
	private final String channelKind;

	/** Whether the unit or units asked are offices ({@link #OFFICES_ASKED}). */
	private final boolean asksOffices;

	/**
	 * How many items a list naming the members asked has at least ({@link #COUNTED_SET}).
	 */
	private final int fewestMembers;

	private AskedValue(Kind kind, String question, Pattern units, List<AskedValue> others) {
		this.kind = kind;
		this.question = question;
		this.units = units;
		this.others = others;
		this.asksLength = kind == Kind.PERIOD && FigureKind.DURATION.asked().matcher(question).find();
		this.asksDeadline = kind == Kind.PERIOD && DEADLINE_ASKED.matcher(question).find();
		this.asksSoon = kind == Kind.PERIOD && SOON_ASKED.matcher(question).find();
		this.asksPlaces = kind == Kind.MEMBERS && PLACES_ASKED.matcher(question).find();
		this.asksRecipient = kind == Kind.CHANNEL && RECIPIENT_ASKED.matcher(question).find();
		this.asksOfficeTelephone = kind == Kind.TELEPHONE && OFFICE_TELEPHONE_ASKED.matcher(question).find()
				&& !question.contains("热线");
		this.asksShare = (kind == Kind.COUNT || kind == Kind.AMOUNT) && units == null
				&& ASKS_SHARE.matcher(question).find();
		this.fewestMembers = (kind == Kind.MEMBERS) ? fewestMembers(question) : 2;
		this.channelKind = (kind == Kind.CHANNEL || kind == Kind.NAME) ? channelKind(question) : null;
		this.asksOffices = (kind == Kind.MEMBERS || kind == Kind.UNIT || kind == Kind.LIST)
				&& OFFICES_ASKED.matcher(question).find();
	}

	private static String channelKind(String question) {
		Matcher asked = CHANNEL_KIND_ASKED.matcher(question);
		if (asked.find()) {
			return asked.group(1);
		}
		Matcher named = NAMED_KIND.matcher(question);
		return named.find() ? named.group(1) : null;
	}

	private static int fewestMembers(String question) {
		Matcher set = COUNTED_SET.matcher(question);
		if (!set.find()) {
			return 2;
		}
		String count = set.group(1);
		return switch (count) {
			case "一", "1", "１" -> 1;
			case "两", "二", "2", "２" -> 2;
			case "三", "3", "３" -> 3;
			case "四", "4", "４" -> 4;
			default -> LARGE_SET;
		};
	}

	/**
	 * The value the question asks for; for a message of several questions, the first
	 * question's, with the others' as alternatives.
	 */
	static AskedValue of(String question) {
		List<AskedValue> asked = new ArrayList<>();
		Matcher sentence = QUESTIONS.matcher(question);
		while (sentence.find()) {
			Kind kind = kindOf(sentence.group());
			if (kind != Kind.NONE) {
				asked.add(new AskedValue(kind, question, (kind == Kind.COUNT) ? askedUnits(sentence.group()) : null,
						List.of()));
			}
		}
		if (asked.isEmpty()) {
			return NONE;
		}
		AskedValue first = asked.get(0);
		return (asked.size() == 1) ? first
				: new AskedValue(first.kind, question, first.units, List.copyOf(asked.subList(1, asked.size())));
	}

	/**
	 * The kind a sentence asks for, read from its asking phrases
	 * ({@link QuestionReader#ASKING}, as the focus is) when it has any: the phrases
	 * before them state the citizen's situation ("金额没到公开招标的标准，这种还用公示吗" asks whether, not
	 * how much).
	 */
	private static Kind kindOf(String sentence) {
		StringBuilder asking = new StringBuilder();
		Matcher phrase = PHRASES.matcher(sentence);
		while (phrase.find()) {
			if (QuestionReader.ASKING.matcher(phrase.group()).find()) {
				asking.append(phrase.group()).append('，');
			}
		}
		Kind kind = asking.isEmpty() ? Kind.NONE : kindAsked(asking.toString(), sentence);
		return kind != Kind.NONE ? kind : kindAsked(sentence, sentence);
	}

	private static Kind kindAsked(String asking, String sentence) {
		for (Kind kind : Kind.values()) {
			if (kind.asked != null && kind.asked.matcher(asking).find() && !(kind == Kind.STEPS && namesSteps(asking))
					&& !(kind == Kind.COUNT && aFew(asking))) {
				return kind == Kind.RULE && statesATime(sentence) ? Kind.PERIOD : kind;
			}
		}
		return Kind.NONE;
	}

	/**
	 * Whether a yes/no question only names a procedure ("还能往下走审签流程吗", "是不是就不用照那套程序走了"):
	 * it asks whether the procedure goes on, which a rule answers, not its steps.
	 */
	private static boolean namesSteps(String asking) {
		return IntentDetector.YES_OR_NO.matcher(asking).find() && !ASKS_HOW.matcher(asking).find();
	}

	/**
	 * Whether a yes/no question says "几" for "a few" ("能不能干几个月就换岗", "晚几天公开行吗"): it asks
	 * whether, not how many.
	 */
	private static boolean aFew(String asking) {
		return IntentDetector.YES_OR_NO.matcher(asking).find() && !asking.contains("多少")
				&& !ASKS_HOW_MANY_WHETHER.matcher(asking).find();
	}

	/**
	 * Whether a yes/no question states a time ("拖到十二月才办，还算按时吗", "是不是二十个工作日内公开就行",
	 * "年底前汇总上来就行了吧"): it asks whether that time meets the deadline, which only a deadline
	 * or period answers.
	 */
	private static boolean statesATime(String question) {
		return numbered(STATED_TIME, question, true, null) || MONTH.matcher(question).find()
				|| STATED_DELAY.matcher(question).find() || STATED_TIME_WORDS.matcher(question).find();
	}

	/**
	 * The units a count in answer to the question may have: working days for working
	 * days, days for days, months for months, points for points; any for a count of
	 * things.
	 */
	private static Pattern askedUnits(String question) {
		Matcher unit = ASKED_UNIT.matcher(question);
		if (!unit.find()) {
			return null;
		}
		// Without a unit group the match is PEOPLE_ASKED's: a number of people.
		String asked = (unit.group(1) != null) ? unit.group(1) : "人";
		return switch (asked) {
			case "工作日" -> Pattern.compile("工作日");
			case "天", "日" -> Pattern.compile("工作日|天|日");
			case "周" -> Pattern.compile("周|天|日|工作日");
			case "月" -> Pattern.compile("月");
			case "年" -> Pattern.compile("年");
			case "小时" -> Pattern.compile("小时|天|日");
			case "人", "名", "位" -> Pattern.compile("人|名|位");
			case "学时", "课时" -> Pattern.compile("学时|课时|小时");
			case "页", "张" -> Pattern.compile("页|张");
			case "件", "份" -> Pattern.compile("件|份");
			case "项", "条" -> ITEMS;
			case "分" -> Pattern.compile("分");
			default -> TIMES;
		};
	}

	Kind kind() {
		return this.kind;
	}

	/**
	 * Whether only a value of this kind answers: a clause without a telephone number, an
	 * e-mail address, a document number, the papers to bring, a sum of money, a date, a
	 * person's name or the members asked for does not answer the question at all, while
	 * one without a count is still a near miss for "几天".
	 */
	boolean exact() {
		return isExact() && this.others.stream().allMatch(AskedValue::exact);
	}

	/**
	 * Whether any of the message's questions asks for a value only a value of its kind
	 * answers ("在哪个位置？具体地址是啥，电话多少？"): a clause without it leaves what the citizen needs
	 * unsaid, however well it answers the other questions.
	 */
	boolean asksAnExactValue() {
		return isExact() || this.others.stream().anyMatch(AskedValue::isExact);
	}

	/**
	 * Whether only a value of the kind asked answers this question: also a count of units
	 * of time ("几个工作日", "多少天"), which words such as "及时" do not give, and a share
	 * ("退税比例是多少"), which a clause naming the policy does not give, and a deadline
	 * ("最晚什么时候"), which "持续推进" does not give; a count of times ("几次") is often answered
	 * by how often ("定期", "每季度").
	 */
	private boolean isExact() {
		return this.kind.exact
				|| (this.kind == Kind.COUNT && this.units != null && this.units != TIMES && this.units != ITEMS)
				|| this.asksShare || this.asksDeadline;
	}

	/**
	 * Whether the value asked for is a figure, a date or a contact ("多少钱", "多久", "几岁",
	 * "电话"), which a sentence either states or not; steps, rules and lists are read more
	 * loosely, by words many sentences hold.
	 */
	boolean stated() {
		return switch (this.kind) {
			case EMAIL, DOCUMENT_NUMBER, TELEPHONE, MONEY, PERSON, AGE, CLOCK, DISTANCE, COUNT, DATE, ADDRESS, RANK,
					AMOUNT, PERIOD ->
				true;
			default -> false;
		};
	}

	/**
	 * Whether the clause holds a value of the kind asked for in its own words: headings
	 * and titles carry the document's year, which answers nothing, and a value the
	 * question itself names is the subject, not the answer. Of a message asking several
	 * things, one of them held answers part of it, but not when it also asks for a value
	 * only a value of that kind answers ("每亩补多少钱？啥时候发？" is not answered by a clause with
	 * a deadline and no sum).
	 */
	boolean heldBy(Candidate candidate) {
		boolean anyHeld = false;
		for (AskedValue asked : Stream.concat(Stream.of(this), this.others.stream()).toList()) {
			boolean held = asked.holds(candidate);
			if (asked.isExact() && !held) {
				return false;
			}
			anyHeld |= held;
		}
		return anyHeld;
	}

	/**
	 * Whether a passage of a clause's text holds a value of the kind asked for.
	 */
	boolean heldIn(String passage) {
		return heldBy(Candidate.of("", 0, "", null, null, List.of(), passage, ClauseColumns.NONE));
	}

	private boolean holds(Candidate candidate) {
		ClauseColumns columns = candidate.columns();
		String text = DATELINE.matcher(candidate.text()).replaceAll("");
		if (this.asksOffices) {
			return OFFICE.matcher(own(text, columns)).find();
		}
		return switch (this.kind) {
			case NONE -> true;
			case EMAIL -> EMAIL_ADDRESS.matcher(own(text, columns)).find();
			case PAPERS -> ClauseReadings.sentences(text)
				.stream()
				.anyMatch(sentence -> HANDING_IN.in(sentence) && holdsNew(PAPERS, sentence, 2));
			case DOCUMENT_NUMBER -> ClauseScope.DOCUMENT_NUMBER.matcher(text).find();
			case TELEPHONE -> holdsTelephoneAsked(own(text, columns));
			case MONEY -> holdsSumAsked(own(text, columns)) || FREE.in(own(text, columns));
			case PERSON -> POSTS.in(text) && PERSON.matcher(text).find();
			case AGE -> FigureKind.AGE.isStatedIn(own(text, columns));
			case CLOCK -> FigureKind.CLOCK.isStatedIn(own(text, columns));
			case HOURS -> SERVICE_HOURS.matcher(own(text, columns)).find();
			case DISTANCE -> FigureKind.DISTANCE.isStatedIn(own(text, columns));
			case CLASSIFICATION -> FigureKind.CLASSIFICATION.isStatedIn(text);
			case COUNT -> holdsCount(own(text, columns));
			case AMOUNT -> {
				String own = own(text, columns);
				yield holdsCount(own) || SHARE.matcher(own).find();
			}
			case DATE -> numbered(DAY, own(text, columns), true, null);
			case ADDRESS -> STREET_ADDRESS.matcher(own(text, columns)).find();
			case RANK -> RANK_VALUE.matcher(own(text, columns)).find();
			case MEMBERS -> holdsNewEnumeration(String.join("\n", text, Objects.toString(columns.responsible(), ""),
					Objects.toString(columns.deliverable(), "")));
			case UNIT -> columns.responsible() != null || holdsNew(UNIT, text, 2);
			case CHANNEL -> holdsNew(CHANNEL, String.join("\n", text, Objects.toString(columns.deliverable(), "")), 2)
					|| WEB_ADDRESS.matcher(text).find() || namesChannelOfKind(text)
					|| this.asksRecipient && holdsNew(UNIT, text, 2);
			case LIST -> text.contains("等") || text.contains("包括") || ENUMERATION.matcher(text).find();
			case PERIOD -> columns.deadline() != null || holdsPeriodAsked(text);
			case BASIS -> holdsNew(BASIS, text, 2) || CITED_TITLE.matcher(text).find();
			case STEPS -> holdsNew(STEPS, text, 0) || holdsNew(MEANS, text, 4) || MODAL.in(text);
			case CONSEQUENCE -> CONSEQUENCES.in(text);
			case PURPOSE -> PURPOSES.in(text);
			case FIGURE_ORIGIN -> CAUSES.in(text) || CITED_TITLE.matcher(text).find();
			case NAME -> quotesANewName(text) || namesChannelOfKind(text) || NUMBERED_NAME.matcher(text).find();
			case RULE -> RULE.in(own(text, columns)) || STEPS.in(text) || STATEMENT.matcher(text).find();
		};
	}

	/**
	 * Whether the text states a time of the kind asked: how soon after an event
	 * ({@link #asksSoon}), a deadline ({@link #asksDeadline}), or any time or period.
	 */
	private boolean holdsPeriodAsked(String text) {
		if (this.asksSoon) {
			return SOON_WORDS.in(text) || numbered(TIME_LIMIT_COUNTED, text, true, null);
		}
		return (this.asksDeadline ? DEADLINE_WORDS : PERIOD_WORDS).in(text) || numbered(PERIOD, text, true, null)
				|| this.asksLength && FigureKind.DURATION.isStatedIn(text);
	}

	/** Whether the text quotes or titles a name the question does not hold. */
	private boolean quotesANewName(String text) {
		Matcher name = QUOTED_NAME.matcher(text);
		while (name.find()) {
			if (!this.question.contains(name.group(1))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the text names a channel of the qualified kind asked: the kind's words with
	 * a name before them that the question does not hold.
	 */
	private boolean namesChannelOfKind(String text) {
		if (this.channelKind == null) {
			return false;
		}
		for (int at = text.indexOf(this.channelKind); at >= 0; at = text.indexOf(this.channelKind, at + 1)) {
			if (at >= 2 && Character.isLetter(text.charAt(at - 2)) && Character.isLetter(text.charAt(at - 1))
					&& !this.question.contains(text.substring(at - 2, at + this.channelKind.length()))) {
				return true;
			}
		}
		return false;
	}

	private static String own(String text, ClauseColumns columns) {
		return String.join("\n", text, Objects.toString(columns.deadline(), ""),
				Objects.toString(columns.responsible(), ""), Objects.toString(columns.deliverable(), ""));
	}

	private boolean holdsCount(String own) {
		if (this.asksShare) {
			return SHARE.matcher(own).find();
		}
		return numbered(COUNTED, own, false, found -> {
			String unit = found.group(1);
			boolean calendarYear = unit.equals("年") && found.group().replaceAll("\\D", "").length() == 4;
			// "那168项任务完成了多少项": the count the question names is not the one it asks.
			boolean namedInQuestion = this.question.contains(found.group().replaceAll("\\s", ""));
			return !calendarYear && !namedInQuestion && (this.units == null || this.units.matcher(unit).find());
		}) || this.units != null && this.units.pattern().equals("次") && FREQUENCY.in(own);
	}

	/**
	 * Whether the text holds a word of the pattern that the question does not name: the
	 * word with the characters before it ("政府网站") is the subject when the question has it
	 * too.
	 */
	private boolean holdsNew(WordSet words, String text, int before) {
		for (int at = 0; at < text.length(); at++) {
			int end = words.endAt(text, at);
			if (end < 0) {
				continue;
			}
			int start = at;
			while (start > 0 && at - start < before && Character.isLetter(text.charAt(start - 1))) {
				start--;
			}
			if (!this.question.contains(text.substring(start, end))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the pattern, which starts with a number, matches where a number starts
	 * (and, for a count, not after a month: "11月20日" is a date): trying only there is
	 * much faster than a search trying every character. With a test, a match must pass
	 * it.
	 */
	private static boolean numbered(Pattern pattern, String text, boolean afterMonth, Predicate<Matcher> test) {
		Matcher matcher = null;
		for (int at = 0; at < text.length(); at++) {
			if (!isNumeral(text.charAt(at))
					|| at > 0 && (isNumeral(text.charAt(at - 1)) || !afterMonth && text.charAt(at - 1) == '月')) {
				continue;
			}
			matcher = (matcher != null) ? matcher.region(at, text.length())
					: pattern.matcher(text).region(at, text.length());
			if (matcher.lookingAt() && (test == null || test.test(matcher))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the text holds a telephone number that answers: for an office's number
	 * ({@link #OFFICE_TELEPHONE_ASKED}), not a hotline's, unless the question asks a
	 * hotline.
	 */
	private boolean holdsTelephoneAsked(String text) {
		Matcher number = TELEPHONE_NUMBER.matcher(text);
		while (number.find()) {
			if (!this.asksOfficeTelephone || !HOTLINE.matcher(text).region(number.end(), text.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the text states a sum of the kind asked: a fine ("处五百元以上二千元以下罚款", "罚款二百元")
	 * answers only a question about fines. Laws state fines in nearly every chapter, and
	 * a citizen asking what a fee, a subsidy or compensation comes to is not answered by
	 * one.
	 */
	private boolean holdsSumAsked(String text) {
		boolean finesAsked = FINE.matcher(this.question).find();
		return numbered(SUM, text, true, sum -> finesAsked || !isFine(text, sum.start(), sum.end()));
	}

	/**
	 * Whether the sum is a fine: "罚款" before it in its sentence ("罚款二百元",
	 * "处…罚款，但最高不超过十万元") or after it in its phrase ("处五百元以下罚款").
	 */
	private static boolean isFine(String text, int start, int end) {
		int sentenceStart = start;
		while (sentenceStart > 0 && SENTENCE_ENDS.indexOf(text.charAt(sentenceStart - 1)) < 0) {
			sentenceStart--;
		}
		int phraseEnd = end;
		while (phraseEnd < text.length() && PHRASE_ENDS.indexOf(text.charAt(phraseEnd)) < 0) {
			phraseEnd++;
		}
		return FINE.matcher(text.substring(sentenceStart, start)).find()
				|| FINE.matcher(text.substring(end, phraseEnd)).find();
	}

	private static boolean isNumeral(char c) {
		return switch (c) {
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '０', '１', '２', '３', '４', '５', '６', '７', '８', '９',
					'一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '两', '百', '千', '万' ->
				true;
			default -> false;
		};
	}

	/**
	 * Whether the text enumerates named items, one of them at least not named in the
	 * question ("除了A、B，还有哪些" is not answered by A and B), as many as the set the question
	 * counts ("168项任务分别是哪些" is not answered by "促落实、强监管"), or three of them followed by
	 * "等".
	 */
	private boolean holdsNewEnumeration(String text) {
		Matcher found = ENUMERATION.matcher(text);
		while (found.find()) {
			String list = found.group();
			long items = list.chars().filter(c -> c == '、').count() + 1;
			boolean examples = list.endsWith("等") || found.end() < text.length() && text.charAt(found.end()) == '等';
			if (items > 1 && items < (examples ? Math.min(this.fewestMembers, 3) : this.fewestMembers)) {
				continue;
			}
			Matcher item = ITEM.matcher(list);
			boolean any = false;
			while (item.find()) {
				any = true;
				if (!named(item.group()) && (!this.asksPlaces || isPlace(item.group()))) {
					return true;
				}
			}
			if (!any) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPlace(String item) {
		return CHANNEL.in(item) || PLACE_ITEM.matcher(item).find();
	}

	/**
	 * Whether the question names the item: the list cuts an item from the words before
	 * the first and after the last, so the item's first or last characters are enough.
	 */
	private boolean named(String item) {
		int length = Math.min(item.length(), NAME_LENGTH);
		return this.question.contains(item.substring(0, length))
				|| this.question.contains(item.substring(item.length() - length));
	}

	@Override
	public String toString() {
		return this.kind.name();
	}

}
