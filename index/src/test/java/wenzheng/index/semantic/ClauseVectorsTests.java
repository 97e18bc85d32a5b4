package wenzheng.index.semantic;

import java.util.List;

import org.junit.jupiter.api.Test;

import wenzheng.index.search.Candidate;
import wenzheng.knowledge.clause.ClauseColumns;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseVectorsTests {

	@Test
	void aCandidateFindsTheVectorOfItsClausesText() {
		List<String> headings = List.of("某市政务公开工作要点", "一、公开内容");
		ClauseColumns columns = new ClauseColumns("市政府办公室", "年底前", null);
		String text = ClauseVectors.text("某市政务公开工作要点", headings, "按时公开预决算。", columns);
		ClauseVectors vectors = new ClauseVectors();
		PackedVector vector = PackedVector.pack(new float[] { 1, 0 });
		vectors.put(ClauseVectors.key(text), vector);
		Candidate candidate = Candidate.of("d", 3, "某市政务公开工作要点", "某市", 2023, headings, "按时公开预决算。", columns);
		assertThat(vectors.get(candidate)).isSameAs(vector);
		assertThat(vectors.get(Candidate.of("d", 4, "某市政务公开工作要点", "某市", 2023, headings, "另一条。", columns))).isNull();
	}

	@Test
	void theTextReadsTitleHeadingsTextAndColumnsOnceEach() {
		String text = ClauseVectors.text("标题", List.of("标题", "一、要点"), "正文。", new ClauseColumns("责任单位", " ", null));
		assertThat(text).isEqualTo("标题\n一、要点\n正文。\n责任单位");
		assertThat(ClauseVectors.key(text)).hasSize(32).isEqualTo(ClauseVectors.key(text)).matches("[0-9a-f]+");
	}

}
