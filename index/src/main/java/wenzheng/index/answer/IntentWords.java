package wenzheng.index.answer;

import java.util.Map;
import java.util.Set;

import wenzheng.index.question.Intent;

/**
 * Words that only say which kind of fact is asked ("哪个部门", "多长时间"). They are left out of
 * the concepts a clause must cover, because the intent fit already accounts for them.
 */
final class IntentWords {

	private static final Map<Intent, Set<String>> WORDS = Map.of(Intent.RESPONSIBLE,
			Set.of("谁", "部门", "单位", "负责", "牵头", "机构", "管", "归", "落实", "哪家", "主管"), Intent.DEADLINE,
			Set.of("时间", "时限", "期限", "完成", "截止", "最晚", "最迟", "之前", "以前", "前", "多久", "多长", "天", "几天", "日"),
			Intent.QUANTITY, Set.of("次", "几次", "个", "至少", "最少", "频率", "一次", "多少", "几", "项", "种"), Intent.PLACE,
			Set.of("地方", "平台", "渠道", "途径", "栏目", "哪儿", "哪里", "上哪", "去哪", "通过"), Intent.PROCEDURE,
			Set.of("流程", "步骤", "程序", "手续", "办", "办法", "方法", "方式", "手段", "措施", "法子", "招", "招儿", "路子"));

	private IntentWords() {
	}

	static boolean isIntentWord(Intent intent, String word) {
		return WORDS.getOrDefault(intent, Set.of()).contains(word);
	}

}
