package wenzheng.index.answer;

import java.util.Map;
import java.util.regex.Pattern;

import wenzheng.index.question.Intent;
import wenzheng.index.search.Candidate;

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
			Pattern.compile("通过|按照|依照|程序|流程|方式|办理|申请|提交|登录|点击|扫码|扫描|填写|填报|上传|下载|关注"), Intent.YES_NO,
			Pattern.compile("不得|不能|禁止|严禁|应当|必须|可以|要|免费|不予|避免"));

	/**
	 * A time-limit column that states how often ("每季度或每半年…", "定期"): the answer to a "how
	 * often" question, which is read as a quantity.
	 */
	private static final Pattern FREQUENCY = Pattern.compile("每(年|半年|季度|月|周|天|日)|定期|常态化");

	private IntentCues() {
	}

	/**
	 * Whether a time-limit column says how often something is done.
	 */
	static boolean isFrequency(String deadline) {
		return deadline != null && FREQUENCY.matcher(deadline).find();
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
			case QUANTITY ->
				isFrequency(candidate.columns().deadline()) || ClauseReadings.cues(candidate.text(), intent);
			case GENERAL -> true;
			default -> ClauseReadings.cues(candidate.text(), intent);
		};
	}

}
