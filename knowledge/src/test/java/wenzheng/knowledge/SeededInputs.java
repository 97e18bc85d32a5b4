package wenzheng.knowledge;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.driver.FuzzedDataProviderImpl;

/**
 * Runs a fuzz target on distinct seeded random inputs, the way Jazzer's regression mode
 * runs it on a corpus file, so that a plain build tries as many hostile cases as the
 * property tests did, beside the committed corpus of inputs the fuzzer kept for coverage.
 */
public final class SeededInputs {

	/** How many inputs each entry point gets in a plain build. */
	public static final int COUNT = 10_000;

	private SeededInputs() {
	}

	/**
	 * Runs {@code target} on {@code count} distinct inputs of up to {@code maxLength}
	 * bytes.
	 * @param seed the seed of the inputs
	 * @param count how many inputs
	 * @param maxLength the longest input in bytes
	 * @param target the fuzz target
	 */
	public static void replay(long seed, int count, int maxLength, Target target) {
		SplittableRandom random = new SplittableRandom(seed);
		Set<ByteBuffer> seen = new HashSet<>();
		while (seen.size() < count) {
			byte[] input = new byte[random.nextInt(maxLength + 1)];
			random.nextBytes(input);
			if (!seen.add(ByteBuffer.wrap(input))) {
				continue;
			}
			try (FuzzedDataProviderImpl data = FuzzedDataProviderImpl.withJavaData(input)) {
				target.run(data);
			}
			catch (Exception | AssertionError ex) {
				// Base64 so that the input can be decoded into a file of the corpus.
				throw new AssertionError("seeded input " + seen.size() + " of seed " + seed + " failed: "
						+ Base64.getEncoder().encodeToString(input), ex);
			}
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
