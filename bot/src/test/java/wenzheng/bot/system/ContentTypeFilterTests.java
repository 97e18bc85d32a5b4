package wenzheng.bot.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTypeFilterTests {

	@Test
	void refusesTypesThatNameNoConcreteTypeOrCannotBeRead() {
		assertThat(ContentTypeFilter.problem("*/*")).contains("通配符");
		assertThat(ContentTypeFilter.problem("application/*")).contains("通配符");
		assertThat(ContentTypeFilter.problem("x;;;=")).contains("无法识别");
	}

	@Test
	void letsConcreteTypesAndBodilessRequestsThrough() {
		assertThat(ContentTypeFilter.problem(null)).isNull();
		assertThat(ContentTypeFilter.problem("application/json; charset=UTF-8")).isNull();
		assertThat(ContentTypeFilter.problem("multipart/form-data; boundary=XX")).isNull();
		assertThat(ContentTypeFilter.problem("multipart/form-data")).isNull();
	}

}
