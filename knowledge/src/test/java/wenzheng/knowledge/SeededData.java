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

	private long fingerprint = 1;

	SeededData(SplittableRandom random, int length) {
		this.random = random;
		this.remaining = length;
	}

	/**
	 * A hash of every value given so far: equal for inputs that made the same choices.
	 */
	long fingerprint() {
		return this.fingerprint;
	}

	private long note(long value) {
		this.fingerprint = (this.fingerprint ^ value) * 0x100000001B3L + 0x9E3779B97F4A7C15L;
		return value;
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
		return note((spend(1) && this.random.nextBoolean()) ? 1 : 0) == 1;
	}

	@Override
	public boolean[] consumeBooleans(int maxLength) {
		boolean[] values = new boolean[length(maxLength, 1)];
		for (int i = 0; i < values.length; i++) {
			values[i] = note(this.random.nextInt(2)) == 1;
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
		for (byte b : bytes) {
			note(b);
		}
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
			values[i] = (short) note((short) this.random.nextInt());
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
			values[i] = (int) note(this.random.nextInt());
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
		long range = max - min;
		if (!spend((range >= 0 && range <= 0xFF) ? 1 : 8)) {
			return note(min);
		}
		if (range >= 0 && range < Long.MAX_VALUE) {
			return note(this.random.nextLong(min, max + 1));
		}
		// A range of more than half the longs: draw until inside.
		long value = this.random.nextLong();
		while (value < min || value > max) {
			value = this.random.nextLong();
		}
		return note(value);
	}

	@Override
	public long[] consumeLongs(int maxLength) {
		long[] values = new long[length(maxLength, 8)];
		for (int i = 0; i < values.length; i++) {
			values[i] = note(this.random.nextLong());
		}
		return values;
	}

	@Override
	public float consumeFloat() {
		return Float.intBitsToFloat((int) note(spend(4) ? this.random.nextInt() : 0));
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
		return Double.longBitsToDouble(note(spend(8) ? this.random.nextLong() : 0));
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
		return spend(8) ? Double.longBitsToDouble(note(Double.doubleToLongBits(this.random.nextDouble()))) : 0d;
	}

	@Override
	public char consumeChar() {
		return consumeChar(Character.MIN_VALUE, Character.MAX_VALUE);
	}

	@Override
	public char consumeChar(char min, char max) {
		return (char) note(spend(2) ? this.random.nextInt(min, max + 1) : min);
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
			text.append((char) note(this.random.nextInt(Character.MAX_VALUE + 1)));
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
		length = (int) note((length <= 0) ? 0 : this.random.nextInt(length + 1));
		this.remaining -= length * size;
		return length;
	}

}
