package wenzheng.bot.suggestion;

import java.util.Map;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headings lose their numbering, not their years, and the in-memory suggester finds a
 * text by its beginning and by a word inside it, heavier entries first.
 */
class QuestionSuggesterTests {

	@Test
	void headingsLoseTheirNumbering() {
		assertThat(QuestionSuggester.clean("（三）进一步深化重点领域信息公开")).isEqualTo("进一步深化重点领域信息公开");
		assertThat(QuestionSuggester.clean("一、总体要求")).isEqualTo("总体要求");
		assertThat(QuestionSuggester.clean("12、动态优化更新政务公开事项")).isEqualTo("动态优化更新政务公开事项");
		assertThat(QuestionSuggester.clean("7 处罚强制")).isEqualTo("处罚强制");
		assertThat(QuestionSuggester.clean("第十条 申请公开政府信息：")).isEqualTo("申请公开政府信息");
		assertThat(QuestionSuggester.clean("2023年洮北区政务公开重点工作任务清单")).isEqualTo("2023年洮北区政务公开重点工作任务清单");
	}

	@Test
	void findsByPrefixAndInfixHeavierFirst() {
		try (SuggestionIndex index = SuggestionIndex.build(Map.of("行政处罚信息多久公开", SuggestionIndex.HEADING, "处罚强制",
				SuggestionIndex.HEADING, "行政处罚决定书怎么查？", SuggestionIndex.HOT, "养老服务补贴", SuggestionIndex.FAQ), List.of(),
				Map.of())) {
			assertThat(index.lookup("行政处", 8)).containsExactly("行政处罚决定书怎么查？", "行政处罚信息多久公开");
			assertThat(index.lookup("处罚", 8)).hasSize(3).startsWith("行政处罚决定书怎么查？");
			assertThat(index.lookup("补贴", 8)).containsExactly("养老服务补贴");
			assertThat(index.lookup("公积金", 8)).isEmpty();
			assertThat(index.lookup("处罚", 1)).hasSize(1);
		}
	}

	@Test
	void anEmptyIndexSuggestsNothing() {
		try (SuggestionIndex index = SuggestionIndex.empty()) {
			assertThat(index.lookup("公开", 8)).isEmpty();
		}
	}

}
