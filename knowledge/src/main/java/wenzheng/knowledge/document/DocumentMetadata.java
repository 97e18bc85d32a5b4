package wenzheng.knowledge.document;

import java.time.LocalDate;

/**
 * What the text of a document says about itself: title, issuing body, place, 文号, dates
 * and year.
 *
 * @param title the document title
 * @param issuer the issuing body, or {@code null} when the text does not name one
 * @param jurisdiction the place or body the document applies to (吉林省, 洮北区, 全国 …)
 * @param documentNumber the 文号, e.g. 吉政公组〔2022〕4号, or {@code null}
 * @param writtenDate the 成文日期, or {@code null}
 * @param publishedDate the 发布日期, or {@code null}
 * @param year the year the document is about (named in its title, else the year of its
 * dates), or {@code null}
 */
public record DocumentMetadata(String title, String issuer, String jurisdiction, String documentNumber,
		LocalDate writtenDate, LocalDate publishedDate, Integer year) {

}
