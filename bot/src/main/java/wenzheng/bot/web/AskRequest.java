package wenzheng.bot.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A question from the web chat.
 *
 * @param question the citizen's message, 1 to 2,000 characters
 * @param sessionId the session to continue, as the server issued it; a new one is issued
 * when it is absent, unknown or expired
 */
record AskRequest(@NotBlank(message = "问题不能为空") @Size(max = 2000, message = "问题不能超过2000字") String question,
		@Size(max = 100, message = "会话标识不能超过100个字符") @Pattern(regexp = "[A-Za-z0-9_.:-]*",
				message = "会话标识只能包含字母、数字和 _ . : -") String sessionId) {

}
