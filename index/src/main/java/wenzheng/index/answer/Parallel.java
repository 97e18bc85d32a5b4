package wenzheng.index.answer;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether two clause texts say much the same thing, as the same task does in two places'
 * work plans: they share a good part of their character pairs.
 */
final class Parallel {

	static final double MIN_SHARED = 0.25;

	private Parallel() {
	}

	static boolean texts(String first, String second) {
		Set<String> a = pairs(first);
		Set<String> b = pairs(second);
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		return (double) shared.size() / Math.min(a.size(), b.size()) >= MIN_SHARED;
	}

	private static Set<String> pairs(String text) {
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i + 1 < text.length(); i++) {
			if (Character.isIdeographic(text.charAt(i)) && Character.isIdeographic(text.charAt(i + 1))) {
				pairs.add(text.substring(i, i + 2));
			}
		}
		return pairs;
	}

}
