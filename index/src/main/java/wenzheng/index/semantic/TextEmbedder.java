package wenzheng.index.semantic;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * Turns a text into a unit vector with bge-small-zh-v1.5 (quantized), whose weights come
 * inside its Maven artifact and which ONNX Runtime runs in this process: nothing is
 * fetched at run time. The model is loaded on first use.
 */
public final class TextEmbedder {

	/** The model's name as stored beside each vector, so another model never mixes in. */
	public static final String MODEL = "bge-small-zh-v1.5-q";

	/**
	 * The model reads at most 512 tokens (about as many characters of Chinese); longer
	 * clauses are cut here rather than averaged over windows, as their opening says what
	 * they are about.
	 */
	private static final int MAX_CHARACTERS = 500;

	private volatile EmbeddingModel model;

	/**
	 * The text's vector, of unit length.
	 */
	public float[] embed(String text) {
		return normalized(model().embed(input(text)).content().vector());
	}

	/**
	 * The vectors of several texts, in their order: faster than one by one, as the model
	 * runs them on all cores.
	 */
	public List<float[]> embedAll(List<String> texts) {
		List<TextSegment> segments = texts.stream().map(text -> TextSegment.from(input(text))).toList();
		return model().embedAll(segments).content().stream().map(embedding -> normalized(embedding.vector())).toList();
	}

	private static String input(String text) {
		String cut = text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text;
		return cut.isBlank() ? "。" : cut;
	}

	private EmbeddingModel model() {
		EmbeddingModel current = this.model;
		if (current == null) {
			synchronized (this) {
				current = this.model;
				if (current == null) {
					current = new BgeSmallZhV15QuantizedEmbeddingModel();
					this.model = current;
				}
			}
		}
		return current;
	}

	static float[] normalized(float[] vector) {
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		if (norm == 0) {
			return vector;
		}
		float scale = (float) (1 / Math.sqrt(norm));
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = vector[i] * scale;
		}
		return unit;
	}

}
