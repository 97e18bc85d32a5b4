package wenzheng.index.semantic;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PackedVectorTests {

	@Test
	void packingKeepsTheCosineWithinAThousandth() {
		Random random = new Random(7);
		for (int trial = 0; trial < 100; trial++) {
			float[] a = unit(random, 512);
			float[] b = unit(random, 512);
			double exact = 0;
			for (int i = 0; i < a.length; i++) {
				exact += a[i] * b[i];
			}
			assertThat(PackedVector.pack(a).dot(b)).isCloseTo(exact, within(0.002));
		}
	}

	@Test
	void survivesItsTextForm() {
		float[] vector = unit(new Random(1), 512);
		PackedVector packed = PackedVector.pack(vector);
		PackedVector read = PackedVector.decode(packed.encode());
		assertThat(read.scale()).isEqualTo(packed.scale());
		assertThat(read.values()).containsExactly(packed.values());
		assertThat(read.dot(vector)).isCloseTo(1.0, within(0.002));
	}

	@Test
	void refusesWhatIsNoVector() {
		assertThatThrownBy(() -> PackedVector.decode("AAE=")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PackedVector.decode("not base64!")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PackedVector.pack(new float[] { 1, 0 }).dot(new float[] { 1, 0, 0 }))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static float[] unit(Random random, int dimensions) {
		float[] vector = new float[dimensions];
		for (int i = 0; i < dimensions; i++) {
			vector[i] = (float) random.nextGaussian();
		}
		return TextEmbedder.normalized(vector);
	}

}
