package wenzheng.bot.hotline;

import java.time.Instant;

/**
 * An open ticket that seems to ask the same as another.
 *
 * @param number its number
 * @param question what it asks
 * @param department its department
 * @param createdAt when it was opened
 * @param score how alike, 0..1
 */
record SimilarTicket(String number, String question, String department, Instant createdAt, double score) {

}
