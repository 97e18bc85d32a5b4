package wenzheng.index.answer;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;

/**
 * The value a question asks for, when a particular kind of value is what answers it: a
 * telephone number, an e-mail address, a sum of money or a count with its unit. Read once
 * per question; checked against every candidate clause.
 */
enum AskedValue {

	/** "邮箱是什么", "电子邮件举报". */
	EMAIL(Pattern.compile("邮箱|电子邮件|邮件地址|[Ee]-?mail"),
			Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"), true),

	/**
	 * "电话是多少", "热线号码", "如何电话举报"; answered by a service number such as 12345, a local
	 * number, one with its area code, or a mobile number.
	 */
	TELEPHONE(Pattern.compile("(电话|号码|热线)(是|为)?(多少|几号|什么)|(电话|热线)号码?$|打什么电话|电话(举报|咨询|联系|反映|投诉|预约)"),
			Pattern.compile("(?<![\\d.])((\\d{3,4}[-－—])?\\d{5,8}|1\\d{10})(?![\\d.])"), true),

	/** "多少钱", "补贴多少"; answered by a sum, a share, or that something costs nothing. */
	MONEY(Pattern.compile("多少钱|(领|发|补|补贴|补助|报销|交|缴|收费?)(多少|几)|多少元|金额"),
			Pattern.compile("[0-9０-９一二三四五六七八九十两百千万.]+\\s*(元|万元|亿元|%|％)|百分之|免费|不收费|不收取"), true),

	/** "几个工作日", "多少次"; answered by a number with its unit that is not a calendar year. */
	COUNT(Pattern.compile("(多少|几)个?(工作日|天|日|周|月|年|次|项|个|家|人|元|块|篇|条|种|批|小时)|比例是多少"), Pattern.compile(
			"([0-9０-９]+(?:\\.[0-9]+)?|[一二三四五六七八九十两百千万]+)\\s*(个|项|次|家|人|元|万元|亿元|%|％|倍|批|天|日|周|月|年|工作日|小时|篇|条|种|类|户|所)"),
			false),

	/** Nothing in particular. */
	NONE(null, null, false);

	private final Pattern asked;

	private final Pattern value;

	private final boolean exact;

	AskedValue(Pattern asked, Pattern value, boolean exact) {
		this.asked = asked;
		this.value = value;
		this.exact = exact;
	}

	static AskedValue of(String question) {
		for (AskedValue kind : values()) {
			if (kind.asked != null && kind.asked.matcher(question).find()) {
				return kind;
			}
		}
		return NONE;
	}

	/**
	 * Whether only a value of this kind answers: a clause without a telephone number, an
	 * e-mail address or a sum of money does not answer a question for one at all, while
	 * one without a count is still a near miss for "几天".
	 */
	boolean exact() {
		return this.exact;
	}

	/**
	 * Whether the clause holds a value of this kind in its own words: headings and titles
	 * carry the document's year, which answers nothing.
	 */
	boolean heldBy(Candidate candidate) {
		if (this.value == null) {
			return true;
		}
		ClauseColumns columns = candidate.columns();
		String own = String.join("\n", candidate.text(), Objects.toString(columns.deadline(), ""),
				Objects.toString(columns.responsible(), ""), Objects.toString(columns.deliverable(), ""));
		Matcher found = this.value.matcher(own);
		while (found.find()) {
			boolean calendarYear = this == COUNT && found.group(1).length() == 4 && found.group(2).equals("年");
			if (!calendarYear) {
				return true;
			}
		}
		return false;
	}

}
