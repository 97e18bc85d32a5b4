package wenzheng.bot.subscription;

/**
 * A document or FAQ entry as it is announced to subscribers.
 *
 * @param key identifies the publication, so that a chat hears of it once
 * @param title the document title or the FAQ question
 * @param place the jurisdiction, or {@code null} for everywhere
 * @param summary one sentence on what it says
 * @param text the text the topic is matched against
 */
public record Publication(String key, String title, String place, String summary, String text) {

}
