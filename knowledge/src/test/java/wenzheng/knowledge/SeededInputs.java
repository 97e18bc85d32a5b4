package wenzheng.knowledge;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Runs a fuzz target on seeded random inputs, so that a plain build tries as many hostile
 * cases as the property tests did, beside the committed corpus of inputs the fuzzer kept
 * for the coverage they reach. Input {@code i} of seed {@code s} is always the same.
 */
public final class SeededInputs {

	/** How many inputs each entry point gets in a plain build. */
	public static final int COUNT = 10_000;

	private SeededInputs() {
	}

	/**
	 * Runs {@code target} on {@code count} distinct inputs of up to {@code maxLength}
	 * bytes each.
	 * @param seed the seed of the inputs
	 * @param count how many inputs
	 * @param maxLength the largest input in bytes
	 * @param target the fuzz target
	 */
	public static void replay(long seed, int count, int maxLength, Target target) {
		SplittableRandom seeds = new SplittableRandom(seed);
		Set<Long> distinct = new HashSet<>();
		for (int i = 0; distinct.size() < count; i++) {
			SplittableRandom random = seeds.split();
			SeededData data = new SeededData(random, random.nextInt(maxLength + 1));
			try {
				target.run(data);
			}
			catch (Exception | AssertionError ex) {
				throw new AssertionError("seeded input " + i + " of seed " + seed + " failed", ex);
			}
			distinct.add(data.fingerprint());
		}
	}

	/** A fuzz target. */
	@FunctionalInterface
	public interface Target {

		/**
		 * Runs the target on one input.
		 * @param data the input
		 * @throws Exception when the target fails
		 */
		void run(FuzzedDataProvider data) throws Exception;

	}

}
