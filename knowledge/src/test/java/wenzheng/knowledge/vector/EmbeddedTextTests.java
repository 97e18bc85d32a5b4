package wenzheng.knowledge.vector;

import java.util.List;

import org.junit.jupiter.api.Test;

import wenzheng.knowledge.clause.ClauseColumns;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedTextTests {

	@Test
	void theTextReadsTitleHeadingsTextAndColumnsOnceEach() {
		String text = EmbeddedText.of("标题", List.of("标题", "一、要点"), "正文。", new ClauseColumns("责任单位", " ", null));
		assertThat(text).isEqualTo("标题\n一、要点\n正文。\n责任单位");
	}

	@Test
	void theKeyNamesTheTextAlone() {
		ClauseColumns columns = new ClauseColumns(null, null, null);
		String key = EmbeddedText.keyOf("标题", List.of("标题"), "正文。", columns);
		assertThat(key).hasSize(32).matches("[0-9a-f]+").isEqualTo(EmbeddedText.key("标题\n正文。"));
		assertThat(EmbeddedText.keyOf("标题", List.of("标题"), "正文！", columns)).isNotEqualTo(key);
	}

}
