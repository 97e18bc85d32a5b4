package wenzheng.index.question;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesTests {

	private final Places places = Places.of(List.of("青山市", "绿水区", "红星经济开发区", "市交通委", "江南省"));

	@Test
	void findsPlacesByTheirFullAndShortNames() {
		assertThat(this.places.known("青山的公交线路")).containsExactly("青山市");
		assertThat(this.places.known("绿水区和青山市")).containsExactly("绿水区", "青山市");
		assertThat(this.places.known("交通委那边怎么说")).containsExactly("市交通委");
		assertThat(this.places.known("开发区的政策")).containsExactly("红星经济开发区");
		assertThat(this.places.known("省里有什么要求")).containsExactly("江南省");
		assertThat(this.places.known("没有地名的问题")).isEmpty();
	}

	@Test
	void dropsAliasesTwoPlacesShare() {
		Places two = Places.of(List.of("红星工业园区", "蓝天工业园区", "金沙经济开发区"));
		assertThat(two.known("园区的规定")).isEmpty();
		assertThat(two.known("工业园区的规定")).isEmpty();
		assertThat(two.known("红星工业园区的规定")).containsExactly("红星工业园区");
		assertThat(two.known("开发区的规定")).containsExactly("金沙经济开发区");
	}

	@Test
	void aJurisdictionMadeOfAnEverydayWordLendsNoShortName() {
		Places odd = Places.of(List.of("行政区", "四平市"));
		assertThat(odd.known("行政处罚信息几天内公开")).isEmpty();
		assertThat(odd.known("行政区的规定")).containsExactly("行政区");
		assertThat(odd.known("四平的规定")).containsExactly("四平市");
	}

	@Test
	void recognisesPlacesTheKnowledgeBaseDoesNotCover() {
		assertThat(this.places.unknown("延边州2022年工作要点")).containsExactly("延边州");
		assertThat(this.places.unknown("我住在朝阳区，想问")).containsExactly("朝阳区");
		assertThat(this.places.unknown("如果按辽宁省2022年的要点，还能不能搞评估？")).as("after a preposition").containsExactly("辽宁省");
		assertThat(this.places.unknown("国务院办公厅的要求")).containsExactly("全国");
		assertThat(this.places.unknown("青山市的小区和社区")).isEmpty();
		assertThat(this.places.unknown("我家住在居民区附近的开发区")).isEmpty();
		assertThat(this.places.unknown("湖北武汉市的复工安排")).containsExactly("武汉市");
		assertThat(this.places.unknown("2月14日10时起泰安市实行扫码通行")).containsExactly("泰安市");
		assertThat(this.places.unknown("同事说发到小区大群里最省事")).as("no province is called so").isEmpty();
		assertThat(this.places.unknown("浙江省的规定")).containsExactly("浙江省");
	}

	@Test
	void wordsOfASentenceBeforeAPlaceSuffixNameNoPlace() {
		assertThat(this.places.unknown("昨晚我开车走县道回家，车坏在路上")).isEmpty();
		assertThat(this.places.unknown("听说市里要发补贴")).isEmpty();
		assertThat(this.places.unknown("请问市政府在哪")).isEmpty();
		assertThat(this.places.unknown("他们开会定市场价格")).isEmpty();
		assertThat(this.places.unknown("哪个专区能办")).isEmpty();
		assertThat(this.places.unknown("某市规定的补贴")).isEmpty();
		assertThat(this.places.unknown("上海各区都要办")).containsExactly("上海");
		assertThat(this.places.unknown("开封市的规定")).containsExactly("开封市");
		assertThat(this.places.unknown("峨边彝族自治县的政策")).containsExactly("峨边彝族自治县");
		assertThat(this.places.unknown("我在抚松县上班")).containsExactly("抚松县");
	}

	@Test
	void recognisesProvincesAndCitiesWrittenWithoutTheirSuffix() {
		assertThat(this.places.unknown("深圳行政处罚信息多久要公开？")).containsExactly("深圳");
		assertThat(this.places.unknown("浙江的政务新媒体多久更新一次")).containsExactly("浙江");
		assertThat(this.places.unknown("在大连，依申请公开怎么办理")).containsExactly("大连");
		assertThat(this.places.unknown("延边的工作要点")).containsExactly("延边");
		assertThat(this.places.unknown("江南省和杭州的区别")).containsExactly("杭州");
	}

	@Test
	void leavesEverydayWordsThatAreAlsoCityNames() {
		assertThat(this.places.unknown("日照时间长的地方")).isEmpty();
		assertThat(this.places.unknown("祝大家安康")).isEmpty();
		assertThat(this.places.unknown("一切平安顺利")).isEmpty();
		assertThat(this.places.unknown("把东西藏在柜子里")).isEmpty();
		assertThat(this.places.unknown("听说市里要求各地报送材料")).isEmpty();
		assertThat(this.places.unknown("我们县里和省里都有规定")).isEmpty();
		assertThat(this.places.unknown("我在深圳市里上班")).containsExactly("深圳");
		assertThat(this.places.unknown("青山的公交线路")).isEmpty();
		assertThat(this.places.unknown("组织全市政务公开培训用什么方式")).isEmpty();
		assertThat(this.places.unknown("准备跨省流动的人员")).isEmpty();
	}

	@Test
	void ignoresNamesTooShortToMatch() {
		Places odd = Places.of(List.of("自治区", "市", "", "特别行政区"));
		assertThat(odd.known("市里的自治区政策")).containsExactly("自治区");
		assertThat(odd.withoutKnown("任何文字")).isEqualTo("任何文字");
	}

	@Test
	void blanksKnownPlacesOut() {
		assertThat(this.places.withoutKnown("青山市政府开放日")).isEqualTo("   政府开放日");
	}

	@Test
	void findsKnownPlacesWrittenWithOneCharacterThatSoundsAlike() {
		assertThat(this.places.known("清山市的公交线路")).containsExactly("青山市");
		assertThat(this.places.known("我住在率水区，想问")).containsExactly("绿水区");
		assertThat(this.places.known("红兴经济开发区的政策")).containsExactly("红星经济开发区");
		assertThat(this.places.known("江楠省有什么要求")).containsExactly("江南省");
		assertThat(this.places.known("嗨～清山市的公交线路")).as("after a symbol").containsExactly("青山市");
		assertThat(this.places.unknown("清山市的公交线路")).isEmpty();
		assertThat(this.places.withoutKnown("清山市政府开放日")).isEqualTo("   政府开放日");
	}

	@Test
	void aBodysNameMayHaveAnyCharacterWrongThatSoundsAlike() {
		Places bodies = Places.of(List.of("市建委", "绿水区"));
		assertThat(bodies.known("市建伟说要建查阅点")).containsExactly("市建委");
		assertThat(bodies.known("市见委的工作经费")).containsExactly("市建委");
		assertThat(bodies.known("市建局的工作经费")).as("another body").isEmpty();
	}

	@Test
	void longNamesMayDifferAfterTheirProperName() {
		assertThat(this.places.known("红星经挤开发区的政策")).containsExactly("红星经济开发区");
		assertThat(this.places.withoutKnown("红星经挤开发区的政策")).isEqualTo("       的政策");
	}

	@Test
	void aTypoNeverTurnsAnotherPlaceIntoAKnownOne() {
		// Another suffix, another sound, or a second wrong character: another place.
		assertThat(this.places.known("青山县的公交线路")).isEmpty();
		assertThat(this.places.known("绿海区的规定")).isEmpty();
		assertThat(this.places.unknown("绿海区的规定")).containsExactly("绿海区");
		assertThat(this.places.known("清珊市的规定")).isEmpty();
		// A real city or province that sounds like a known one is that place.
		Places fuzhou = Places.of(List.of("抚州市", "山西省"));
		assertThat(fuzhou.known("福州市的规定")).isEmpty();
		assertThat(fuzhou.unknown("福州市的规定")).isNotEmpty();
		assertThat(fuzhou.known("陕西省的规定")).isEmpty();
		assertThat(fuzhou.unknown("陕西省的规定")).containsExactly("陕西省");
		assertThat(fuzhou.known("府州市的规定")).containsExactly("抚州市");
	}

	@Test
	void aShortNameBeforeAnotherSuffixNamesAnotherPlace() {
		assertThat(this.places.known("江南市的规定")).isEmpty();
		assertThat(this.places.unknown("江南市的规定")).containsExactly("江南市");
		assertThat(this.places.known("青山县的规定")).isEmpty();
		assertThat(this.places.known("江南省的规定")).containsExactly("江南省");
		assertThat(this.places.known("江南市场监管部门")).containsExactly("江南省");
		assertThat(this.places.known("青山市区的规定")).containsExactly("青山市");
	}

	@Test
	void aUnitNamedByItsLevelAfterAnotherCityIsThatCitysUnit() {
		assertThat(this.places.known("杭州市交通委的规定")).isEmpty();
		assertThat(this.places.unknown("杭州市交通委的规定")).containsAnyOf("杭州", "杭州市");
		assertThat(this.places.known("青山市交通委的规定")).containsExactly("青山市", "市交通委");
		assertThat(this.places.known("我们市交通委的规定")).containsExactly("市交通委");
	}

	@Test
	void aProvinceThatOnlyLocatesAPlaceIsNotNamed() {
		Places nested = Places.of(List.of("浙江省", "温州市", "钱塘工业园区"));
		assertThat(nested.known("浙江温州市的规定")).containsExactly("温州市");
		assertThat(nested.known("浙江省钱塘工业园区的规定")).containsExactly("钱塘工业园区");
		assertThat(nested.known("浙江宁波的规定")).isEmpty();
		assertThat(nested.unknown("浙江宁波的规定")).containsExactly("宁波");
		assertThat(nested.known("浙江省和温州市的规定")).containsExactly("浙江省", "温州市");
		assertThat(nested.withoutKnown("浙江温州市")).isBlank();
		Places region = Places.of(List.of("广西自治区", "北京市"));
		assertThat(region.known("广西省的规定")).containsExactly("广西自治区");
		assertThat(region.known("北京省的规定")).containsExactly("北京市");
		Places sameName = Places.of(List.of("浙江省"));
		assertThat(sameName.known("浙江省浙江市的规定")).isEmpty();
		assertThat(sameName.unknown("浙江省浙江市的规定")).containsExactly("浙江市");
	}

	@Test
	void aZoneIsNotTheCityItIsNamedAfter() {
		Places zone = Places.of(List.of("钱塘工业园区"));
		assertThat(zone.known("钱塘市的规定")).isEmpty();
		assertThat(zone.unknown("钱塘市的规定")).containsExactly("钱塘市");
		assertThat(zone.known("钱塘工业园的规定")).containsExactly("钱塘工业园区");
	}

	@Test
	void realCitiesThatEndLikeEverydayWordsAreStillPlaces() {
		assertThat(this.places.unknown("盐城市医保报销比例")).containsExactly("盐城市");
		assertThat(this.places.unknown("我在大城市上班")).isEmpty();
	}

	@Test
	void anotherCountryIsAPlaceNotCoveredWhereTheQuestionSpeaksOfItsOwnThings() {
		assertThat(this.places.unknown("法国的公务员每周工作多少小时？")).containsExactly("法国");
		assertThat(this.places.unknown("在加拿大的留学生能办居住证吗")).containsExactly("加拿大");
		// Coming from a country asks about the rules here; a people's name is no country.
		assertThat(this.places.unknown("从法国回来要做核酸吗")).isEmpty();
		assertThat(this.places.unknown("青山的蒙古族群众")).isEmpty();
		assertThat(this.places.unknown("内蒙古的补贴")).doesNotContain("蒙古");
	}

	@Test
	void anotherCitysZoneIsNotTheKnownZone() {
		Places zone = Places.of(List.of("白城工业园区", "四平市"));
		assertThat(zone.known("白城工业园区的生态环境信息")).containsExactly("白城工业园区");
		assertThat(zone.known("松原工业园区的生态环境信息由谁公开")).isEmpty();
	}

	@Test
	void theOnlyDistrictIsNamedByItsLevel() {
		assertThat(this.places.known("我们区的政务公众号一个多月没更新了")).containsExactly("绿水区");
		assertThat(this.places.known("区里的查阅点在哪")).containsExactly("绿水区");
		assertThat(this.places.known("我在公众号评论区里留言没人回")).isEmpty();
		assertThat(this.places.known("我们小区里贴了通知")).isEmpty();
		assertThat(this.places.known("听说2022年省里要把就业政策往下推送")).containsExactly("江南省");
		Places two = Places.of(List.of("绿水区", "青山区", "红星工业园区"));
		assertThat(two.known("咱们区的政策在哪看")).as("two districts: which is meant is unknown").isEmpty();
		assertThat(Places.of(List.of("红星工业园区")).known("我们区的政策")).as("a zone is no district").isEmpty();
	}

	@Test
	void anEverydayWordForAGovernmentStandsForItsLevel() {
		assertThat(Places.levelOf("省里")).isEqualTo("省");
		assertThat(Places.levelOf("市里")).isEqualTo("市");
		assertThat(Places.levelOf("县里")).isEqualTo("县");
		assertThat(Places.levelOf("村里")).isNull();
		assertThat(Places.levelOf("市场")).isNull();
		assertThat(Places.levelOf("省里面")).isNull();
	}

}
