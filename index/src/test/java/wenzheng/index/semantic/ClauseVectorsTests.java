package wenzheng.index.semantic;

import java.util.List;

import org.junit.jupiter.api.Test;

import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;
import wenzheng.knowledge.vector.EmbeddedText;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseVectorsTests {

	@Test
	void aCandidateFindsTheVectorOfItsClausesText() {
		List<String> headings = List.of("某市政务公开工作要点", "一、公开内容");
		ClauseColumns columns = new ClauseColumns("市政府办公室", "年底前", null);
		String key = EmbeddedText.keyOf("某市政务公开工作要点", headings, "按时公开预决算。", columns);
		ClauseVectors vectors = new ClauseVectors();
		PackedVector vector = PackedVector.pack(new float[] { 1, 0 });
		vectors.put(key, vector);
		Candidate candidate = Candidate.of("d", 3, "某市政务公开工作要点", "某市", 2023, headings, "按时公开预决算。", columns);
		assertThat(vectors.get(candidate)).isSameAs(vector);
		assertThat(vectors.get(Candidate.of("d", 4, "某市政务公开工作要点", "某市", 2023, headings, "另一条。", columns))).isNull();
	}

	@Test
	void nearestNeighboursAreTheFindableClausesClosestInDirectionNearestFirst() {
		ClauseVectors vectors = new ClauseVectors();
		vectors.put("east", PackedVector.pack(new float[] { 1, 0, 0 }));
		vectors.put("north-east", PackedVector.pack(new float[] { 0.7f, 0.7f, 0 }));
		vectors.put("north", PackedVector.pack(new float[] { 0, 1, 0 }));
		vectors.put("up", PackedVector.pack(new float[] { 0, 0, 1 }));
		vectors.put("stored, not served", PackedVector.pack(new float[] { 0.9f, 0.1f, 0 }));
		for (String key : List.of("east", "north-east", "north", "up")) {
			assertThat(vectors.makeFindable(key)).isTrue();
		}
		assertThat(vectors.makeFindable("never computed")).isFalse();
		assertThat(vectors.nearest(new float[] { 0.9f, 0.2f, 0 }, 2)).isEmpty();

		vectors.publish();

		assertThat(vectors.nearest(new float[] { 0.9f, 0.2f, 0 }, 2)).containsExactly("east", "north-east");
		assertThat(vectors.nearest(new float[] { 0, 0.1f, 2 }, 1)).containsExactly("up");
		assertThat(vectors.nearest(new float[] { 0, 0, 0 }, 3)).isEmpty();
	}

	@Test
	void aClauseMadeFindableTwiceIsFoundOnce() {
		ClauseVectors vectors = new ClauseVectors();
		vectors.put("a", PackedVector.pack(new float[] { 1, 0 }));
		vectors.put("b", PackedVector.pack(new float[] { 0, 1 }));
		vectors.makeFindable("a");
		vectors.makeFindable("a");
		vectors.makeFindable("b");
		vectors.publish();
		assertThat(vectors.nearest(new float[] { 1, 0 }, 5)).containsExactly("a", "b");
	}

}
