package wenzheng.index.answer;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;

/**
 * Words in a text that carry the kind of fact a question asks for: a time limit for a
 * deadline question, a unit for a "who" question, a number for a "how many" question.
 */
final class IntentCues {

	private static final Map<Intent, Pattern> CUES = Map.of(Intent.DEADLINE,
			Pattern.compile("\\d+个?(工作日|日|天|月|年)|日内|年底|月底|\\d+月|[年月日]前|之日起|及时|第一时间|每(年|季度|月|周)|常态|长期|贯穿全年|当天|同步"),
			Intent.RESPONSIBLE, Pattern.compile("牵头|负责|主管|承办|由[^，。；]{1,20}(局|委|办|室|处|站|科|中心|部门|单位)"), Intent.QUANTITY,
			Pattern.compile("\\d|[一二三四五六七八九十两]+(次|个|项|种|家|批|天|年)|至少|不少于|不超过|每"), Intent.PLACE,
			Pattern.compile("网站|平台|专栏|栏目|渠道|大厅|窗口|场所|公开栏|公示栏|热线|微信|新媒体|APP|客户端|档案馆|图书馆|信箱|报刊|广播|电视|发布会"), Intent.LIST,
			Pattern.compile("、[^、，。；]+、|等(信息|内容|方面|形式|领域|平台|渠道)?"), Intent.PROCEDURE,
			Pattern.compile("通过|按照|依照|程序|流程|方式|办理|申请|提交"), Intent.YES_NO,
			Pattern.compile("不得|不能|禁止|严禁|应当|必须|可以|要|免费|不予|避免"));

	/**
	 * The question asks for a count or an amount with its unit ("几个工作日", "多少次", "多少钱").
	 */
	private static final Pattern ASKS_NUMBER = Pattern
		.compile("(多少|几)个?(工作日|天|日|周|月|年|次|项|个|家|人|元|块|篇|条|种|批|小时)|多少钱|补贴多少|补助多少|比例是多少");

	/** The question asks for a telephone number ("电话是多少", "热线号码"). */
	private static final Pattern ASKS_PHONE = Pattern
		.compile("(电话|号码|热线)(是|为)?(多少|几号|什么)|(电话|热线)号码?$|打什么电话|电话(举报|咨询|联系|反映|投诉|预约)");

	/** The question asks for an e-mail address. */
	private static final Pattern ASKS_EMAIL = Pattern.compile("邮箱|电子邮件|邮件地址|[Ee]-?mail");

	private static final Pattern EMAIL_ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	/**
	 * A telephone number: a service number such as 12345 or 96196, a local number, one
	 * with its area code, or a mobile number.
	 */
	private static final Pattern PHONE_NUMBER = Pattern
		.compile("(?<![\\d.])((\\d{3,4}[-－—])?\\d{5,8}|1\\d{10})(?![\\d.])");

	/** The question asks for a sum of money. */
	private static final Pattern ASKS_MONEY = Pattern.compile("多少钱|(领|发|补|补贴|补助|报销|交|缴|收费?)(多少|几)|多少元|金额");

	/** A sum of money or a share, or that something costs nothing. */
	private static final Pattern AMOUNT = Pattern.compile("[0-9０-９一二三四五六七八九十两百千万.]+\\s*(元|万元|亿元|%|％)|百分之|免费|不收费|不收取");

	/** A number with a unit, in digits or Chinese numerals. */
	private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
			"([0-9０-９]+(?:\\.[0-9]+)?|[一二三四五六七八九十两百千万]+)\\s*(个|项|次|家|人|元|万元|亿元|%|％|倍|批|天|日|周|月|年|工作日|小时|篇|条|种|类|户|所)");

	private IntentCues() {
	}

	/**
	 * Whether the clause can hold the value the question asks for: a question for a count
	 * or amount needs a number with a unit in the clause.
	 */
	static boolean holdsAskedValue(String question, Candidate candidate) {
		// The clause's own words only: headings and titles carry the document's year,
		// which answers nothing.
		ClauseColumns columns = candidate.columns();
		String own = String.join("\n", candidate.text(), Objects.toString(columns.deadline(), ""),
				Objects.toString(columns.responsible(), ""), Objects.toString(columns.deliverable(), ""));
		if (ASKS_EMAIL.matcher(question).find()) {
			return EMAIL_ADDRESS.matcher(own).find();
		}
		if (ASKS_PHONE.matcher(question).find()) {
			return PHONE_NUMBER.matcher(own).find();
		}
		if (ASKS_MONEY.matcher(question).find()) {
			return AMOUNT.matcher(own).find();
		}
		if (!ASKS_NUMBER.matcher(question).find()) {
			return true;
		}
		Matcher number = NUMBER_WITH_UNIT.matcher(own);
		while (number.find()) {
			boolean calendarYear = number.group(1).length() == 4 && number.group(2).equals("年");
			if (!calendarYear) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the question asks for a value that only that kind of value answers: a
	 * telephone number, an e-mail address or a sum of money.
	 */
	static boolean asksExactValue(String question) {
		return ASKS_PHONE.matcher(question).find() || ASKS_EMAIL.matcher(question).find()
				|| ASKS_MONEY.matcher(question).find();
	}

	static boolean in(String text, Intent intent) {
		Pattern cue = CUES.get(intent);
		return cue != null && cue.matcher(text).find();
	}

	/**
	 * Whether a clause holds the kind of fact asked for, in a column or in its text.
	 */
	static boolean fits(Candidate candidate, Intent intent) {
		return switch (intent) {
			case DEADLINE -> candidate.columns().deadline() != null || ClauseReadings.cues(candidate.text(), intent);
			case RESPONSIBLE ->
				candidate.columns().responsible() != null || ClauseReadings.cues(candidate.text(), intent);
			case GENERAL -> true;
			default -> ClauseReadings.cues(candidate.text(), intent);
		};
	}

}
