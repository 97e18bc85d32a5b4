package wenzheng.bot.system;

import java.util.Map;

import org.springframework.http.ProblemDetail;

/**
 * Chinese titles and details for the statuses Spring answers itself, so that no citizen
 * or staff member reads Spring's English ("Not Acceptable", "Required part 'file' is not
 * present.").
 */
final class ChineseProblems {

	private static final Map<Integer, String[]> BY_STATUS = Map.of(400, new String[] { "请求内容不正确", "请求缺少必要的内容或格式不正确" },
			401, new String[] { "未登录", "请先登录" }, 403, new String[] { "没有权限", "没有权限执行此操作" }, 404,
			new String[] { "未找到", "没有这个地址" }, 405, new String[] { "不支持的请求方法", "该地址不支持此请求方法" }, 406,
			new String[] { "无法提供所要求的格式", "该接口只返回 JSON（application/json）" }, 413,
			new String[] { "上传内容过大", "上传内容超过了允许的大小" }, 415,
			new String[] { "不支持的内容类型", "请以该接口要求的格式发送：JSON 接口用 application/json，上传用 multipart/form-data" }, 503,
			new String[] { "服务暂不可用", "系统暂时无法处理您的请求，请稍后再试。" });

	private ChineseProblems() {
	}

	static boolean isChinese(String text) {
		return text != null
				&& text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	static void translate(ProblemDetail problem) {
		String[] words = BY_STATUS.get(problem.getStatus());
		if (words == null) {
			boolean server = problem.getStatus() >= 500;
			words = server ? new String[] { "系统内部错误", "系统暂时无法处理您的请求，请稍后再试。" }
					: new String[] { "请求无法处理", "请求无法处理，请检查后重试" };
		}
		problem.setTitle(words[0]);
		problem.setDetail(words[1]);
	}

}
