package wenzheng.bot.suggestion;

import java.time.Instant;

/**
 * A question an editor pinned to the top of the 热门问题.
 *
 * @param id database id
 * @param question the question as citizens see it
 * @param pinnedBy the editor
 * @param pinnedAt when
 */
public record HotQuestionPin(long id, String question, String pinnedBy, Instant pinnedAt) {

}
