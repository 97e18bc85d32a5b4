package wenzheng.index.eval;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Scores items by the rules of the eval README: an answerable item is right when the
 * reply is an ANSWER whose first 200 characters (white space removed) contain one of the
 * expected strings; a CLARIFY is answered once with the option naming the source
 * document's place, and the answer keeps the lower of the two replies' confidences; an
 * unanswerable item is right when the reply is not an ANSWER.
 */
public final class Scorer {

	static final int SCORED_PREFIX = 200;

	private final Function<String, String> placeOfSource;

	/**
	 * @param placeOfSource the jurisdiction of a source file name, or {@code null} when
	 * unknown
	 */
	public Scorer(Function<String, String> placeOfSource) {
		this.placeOfSource = placeOfSource;
	}

	public Reply ask(EvalItem item, Asker asker) {
		String session = "eval-" + UUID.randomUUID();
		Reply reply = asker.ask(item.question(), session);
		if (Reply.CLARIFY.equals(reply.type()) && item.answerable()) {
			Optional<String> option = placeOption(item, reply);
			if (option.isEmpty()) {
				return reply;
			}
			Reply followUp = asker.ask(option.get(), session);
			// The bot asked back on the first reply's confidence: at a threshold
			// above it, the answer after the choice would not be given.
			return new Reply(followUp.type(), followUp.answer(), followUp.options(),
					Math.min(reply.confidence(), followUp.confidence()));
		}
		return reply;
	}

	public boolean isCorrect(EvalItem item, Reply reply) {
		if (!item.answerable()) {
			return !Reply.ANSWER.equals(reply.type());
		}
		if (!Reply.ANSWER.equals(reply.type())) {
			return false;
		}
		String answer = compact(reply.answer());
		String scored = answer.codePoints()
			.limit(SCORED_PREFIX)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return item.mustContainAny().stream().map(Scorer::compact).anyMatch(scored::contains);
	}

	private Optional<String> placeOption(EvalItem item, Reply reply) {
		String place = item.source() == null ? null : this.placeOfSource.apply(item.source());
		if (place == null) {
			return Optional.empty();
		}
		return reply.options().stream().filter(option -> option.contains(place) || place.contains(option)).findFirst();
	}

	static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}

}
