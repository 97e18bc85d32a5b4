package wenzheng.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * A {@link FuzzedDataProvider} that reads from a seeded random stream instead of fuzzer
 * bytes, with a budget of bytes like a fuzzer input of that length: once the budget is
 * spent every value is the smallest, as Jazzer's provider does at the end of its input.
 */
final class SeededData implements FuzzedDataProvider {

	private final SplittableRandom random;

	private int remaining;

	SeededData(SplittableRandom random, int length) {
		this.random = random;
		this.remaining = length;
	}

	private boolean spend(int bytes) {
		if (this.remaining <= 0) {
			return false;
		}
		this.remaining = Math.max(0, this.remaining - bytes);
		return true;
	}

	@Override
	public boolean consumeBoolean() {
		return spend(1) && this.random.nextBoolean();
	}

	@Override
	public boolean[] consumeBooleans(int maxLength) {
		boolean[] values = new boolean[length(maxLength, 1)];
		for (int i = 0; i < values.length; i++) {
			values[i] = this.random.nextBoolean();
		}
		return values;
	}

	@Override
	public byte consumeByte() {
		return consumeByte(Byte.MIN_VALUE, Byte.MAX_VALUE);
	}

	@Override
	public byte consumeByte(byte min, byte max) {
		return (byte) consumeLong(min, max);
	}

	@Override
	public byte[] consumeBytes(int maxLength) {
		byte[] bytes = new byte[length(maxLength, 1)];
		this.random.nextBytes(bytes);
		return bytes;
	}

	@Override
	public byte[] consumeRemainingAsBytes() {
		return consumeBytes(this.remaining);
	}

	@Override
	public short consumeShort() {
		return consumeShort(Short.MIN_VALUE, Short.MAX_VALUE);
	}

	@Override
	public short consumeShort(short min, short max) {
		return (short) consumeLong(min, max);
	}

	@Override
	public short[] consumeShorts(int maxLength) {
		short[] values = new short[length(maxLength, 2)];
		for (int i = 0; i < values.length; i++) {
			values[i] = (short) this.random.nextInt();
		}
		return values;
	}

	@Override
	public int consumeInt() {
		return consumeInt(Integer.MIN_VALUE, Integer.MAX_VALUE);
	}

	@Override
	public int consumeInt(int min, int max) {
		return (int) consumeLong(min, max);
	}

	@Override
	public int[] consumeInts(int maxLength) {
		int[] values = new int[length(maxLength, 4)];
		for (int i = 0; i < values.length; i++) {
			values[i] = this.random.nextInt();
		}
		return values;
	}

	@Override
	public long consumeLong() {
		return consumeLong(Long.MIN_VALUE, Long.MAX_VALUE);
	}

	@Override
	public long consumeLong(long min, long max) {
		if (min > max) {
			throw new IllegalArgumentException("min > max");
		}
		if (!spend(max - min <= 0xFF ? 1 : 8)) {
			return min;
		}
		return (max == Long.MAX_VALUE) ? min + (this.random.nextLong() >>> 1) % (max - min)
				: this.random.nextLong(min, max + 1);
	}

	@Override
	public long[] consumeLongs(int maxLength) {
		long[] values = new long[length(maxLength, 8)];
		for (int i = 0; i < values.length; i++) {
			values[i] = this.random.nextLong();
		}
		return values;
	}

	@Override
	public float consumeFloat() {
		return spend(4) ? Float.intBitsToFloat(this.random.nextInt()) : 0f;
	}

	@Override
	public float consumeRegularFloat() {
		return consumeRegularFloat(-Float.MAX_VALUE, Float.MAX_VALUE);
	}

	@Override
	public float consumeRegularFloat(float min, float max) {
		return (float) consumeRegularDouble(min, max);
	}

	@Override
	public float consumeProbabilityFloat() {
		return (float) consumeProbabilityDouble();
	}

	@Override
	public double consumeDouble() {
		return spend(8) ? Double.longBitsToDouble(this.random.nextLong()) : 0d;
	}

	@Override
	public double consumeRegularDouble() {
		return consumeRegularDouble(-Double.MAX_VALUE, Double.MAX_VALUE);
	}

	@Override
	public double consumeRegularDouble(double min, double max) {
		return min + (max / 2 - min / 2) * 2 * consumeProbabilityDouble();
	}

	@Override
	public double consumeProbabilityDouble() {
		return spend(8) ? this.random.nextDouble() : 0d;
	}

	@Override
	public char consumeChar() {
		return consumeChar(Character.MIN_VALUE, Character.MAX_VALUE);
	}

	@Override
	public char consumeChar(char min, char max) {
		return spend(2) ? (char) this.random.nextInt(min, max + 1) : min;
	}

	@Override
	public char consumeCharNoSurrogates() {
		char c = consumeChar();
		return Character.isSurrogate(c) ? 'x' : c;
	}

	@Override
	public String consumeString(int maxLength) {
		StringBuilder text = new StringBuilder();
		int length = length(maxLength, 2);
		for (int i = 0; i < length; i++) {
			text.append((char) this.random.nextInt(Character.MAX_VALUE + 1));
		}
		return text.toString();
	}

	@Override
	public String consumeRemainingAsString() {
		return consumeString(this.remaining);
	}

	@Override
	public String consumeAsciiString(int maxLength) {
		return new String(consumeBytes(maxLength), StandardCharsets.US_ASCII).replaceAll("[^\\x00-\\x7F]", "?");
	}

	@Override
	public String consumeRemainingAsAsciiString() {
		return consumeAsciiString(this.remaining);
	}

	@Override
	public int remainingBytes() {
		return this.remaining;
	}

	// The length of an array read from the rest of the budget, each element costing size
	// bytes.
	private int length(int maxLength, int size) {
		int length = Math.min(maxLength, this.remaining / size);
		length = (length <= 0) ? 0 : this.random.nextInt(length + 1);
		this.remaining -= length * size;
		return length;
	}

}
