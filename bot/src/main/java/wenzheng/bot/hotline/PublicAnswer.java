package wenzheng.bot.hotline;

import java.time.Instant;

/**
 * A question and its reply as published on the public page (留言答复公开), personal data
 * masked.
 *
 * @param number the ticket
 * @param question the citizen's message, masked
 * @param reply the reply, masked
 * @param department the replying department (答复单位), or {@code null}
 * @param askedAt 留言时间
 * @param repliedAt 答复时间
 */
public record PublicAnswer(String number, String question, String reply, String department, Instant askedAt,
		Instant repliedAt) {

}
