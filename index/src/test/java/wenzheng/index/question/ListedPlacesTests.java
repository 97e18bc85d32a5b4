package wenzheng.index.question;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListedPlacesTests {

	@Test
	void listsProvincesAndCitiesByTheirOfficialAndShortNames() {
		assertThat(ListedPlaces.contains("盐城市")).isTrue();
		assertThat(ListedPlaces.contains("盐城")).isTrue();
		assertThat(ListedPlaces.contains("辽宁省")).isTrue();
		assertThat(ListedPlaces.contains("辽宁")).isTrue();
		assertThat(ListedPlaces.contains("重庆市")).isTrue();
		assertThat(ListedPlaces.contains("广西壮族自治区")).isFalse();
		assertThat(ListedPlaces.contains("广西自治区")).isTrue();
	}

	@Test
	void leavesOutPlacesInsideThemAndInventedNames() {
		assertThat(ListedPlaces.contains("盐城经济开发区")).isFalse();
		assertThat(ListedPlaces.contains("辽宁省沈阳市")).isFalse();
		assertThat(ListedPlaces.contains("青山市")).isFalse();
		assertThat(ListedPlaces.contains("")).isFalse();
		assertThat(ListedPlaces.contains(null)).isFalse();
	}

}
