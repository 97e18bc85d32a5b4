package wenzheng.index.eval;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of a question set.
 *
 * @param id item id
 * @param question the citizen's message
 * @param answerable whether the knowledge base answers it
 * @param mustContainAny a right answer contains one of these (answerable items)
 * @param source the file name of the document that answers it
 * @param anchor a verbatim snippet of that document near the answer
 * @param style close, paraphrase, hard or verbose (answerable items)
 * @param category why it is unanswerable (unanswerable items)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalItem(String id, String question, boolean answerable,
		@JsonProperty("must_contain_any") List<String> mustContainAny, String source, String anchor, String style,
		String category) {

	public EvalItem {
		mustContainAny = mustContainAny == null ? List.of() : List.copyOf(mustContainAny);
	}

	/**
	 * The group the item is reported in: its style when answerable, its category
	 * otherwise.
	 */
	public String group() {
		String group = this.answerable ? this.style : this.category;
		return group == null ? "other" : group;
	}

}
