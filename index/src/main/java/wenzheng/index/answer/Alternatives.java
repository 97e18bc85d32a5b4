package wenzheng.index.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The words a text writes with alternatives in brackets, spelled out: policy texts write
 * "村（居）民" for "村民" and "居民", "县（市、区）政府" for the county's, the city's and the district's
 * government, "各部门（单位）" for departments and units, and a citizen's word is in none of
 * them as written.
 */
final class Alternatives {

	/**
	 * Up to four characters before the brackets, one to three alternatives of one or two
	 * characters, and up to four characters after: an alternative stands for as many
	 * characters before the brackets as it has ("居" for "村", "街道" for "乡镇").
	 */
	private static final Pattern BRACKETED = Pattern
		.compile("(\\p{IsHan}{1,4})（(\\p{IsHan}{1,2}(?:、\\p{IsHan}{1,2}){0,2})）(\\p{IsHan}{0,4})");

	private static final Cache<String, String> SPELLED_OUT = Caffeine.newBuilder().maximumSize(20_000).build();

	private Alternatives() {
	}

	/**
	 * The readings of the text's bracketed words, each with the characters around it,
	 * separated by "|"; empty when the text has none.
	 */
	static String spelledOut(String text) {
		if (text.indexOf('（') < 0) {
			return "";
		}
		return SPELLED_OUT.get(text, Alternatives::read);
	}

	private static String read(String text) {
		StringBuilder readings = new StringBuilder();
		Matcher matcher = BRACKETED.matcher(text);
		while (matcher.find()) {
			String before = matcher.group(1);
			String after = matcher.group(3);
			readings.append(before).append(after).append('|');
			for (String alternative : matcher.group(2).split("、")) {
				int kept = Math.max(0, before.length() - alternative.length());
				readings.append(before, 0, kept).append(alternative).append(after).append('|');
			}
		}
		return readings.toString();
	}

}
