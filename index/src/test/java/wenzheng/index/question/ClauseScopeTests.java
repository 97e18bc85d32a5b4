package wenzheng.index.question;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseScopeTests {

	private final Places places = Places.of(List.of("青山市", "江南省", "钱塘工业园区"));

	@Test
	void leavesOutCitedTitlesAndDocumentNumbers() {
		String clause = "按照《关于印发〈江南省2021年数据开放办法〉的通知》（江政办发〔2021〕12号）要求，做好数据开放。";
		assertThat(ClauseScope.ownText(clause)).doesNotContain("江南省", "2021", "江政办发").contains("要求，做好数据开放。");
		assertThat(ClauseScope.ownText("执行《江南省《数据》办法》和青财发[2020]5号文件")).doesNotContain("江南省", "数据", "2020")
			.contains("文件");
		assertThat(ClauseScope.ownText("没有引用的条款")).isEqualTo("没有引用的条款");
	}

	@Test
	void yearsAreThoseTheClauseSetsNotThoseOfWhatItCites() {
		assertThat(ClauseScope.years("落实《江南省2021年政务公开要点》，2023年6月底前完成专区建设，2022年度报告按时发布。")).containsExactly(2023, 2022);
		assertThat(ClauseScope.years("按照《关于2020年数据开放的通知》（青政发〔2020〕3号）执行。")).isEmpty();
	}

	@Test
	void placesAreThoseTheClauseNamesItself() {
		assertThat(ClauseScope.places(this.places, "严格执行《江南省政府信息公开申请办理规范》。")).isEmpty();
		assertThat(ClauseScope.places(this.places, "依托江南省公共资源交易平台公开。")).containsExactly("江南省");
	}

	@Test
	void anotherPlaceCountsOnlyWhereTheClauseNamesItOnItsOwn() {
		List<String> city = List.of("钱塘市");
		assertThat(ClauseScope.namesAny(this.places, "依托钱塘市公共资源交易平台公开。", city)).isTrue();
		assertThat(ClauseScope.namesAny(this.places, "钱塘工业园区各部门年内举办1次开放日。", List.of("钱塘"))).isFalse();
		assertThat(ClauseScope.namesAny(this.places, "贯彻《钱塘市政务公开办法》。", city)).isFalse();
		assertThat(ClauseScope.namesAny(this.places, "任何条款", List.of())).isTrue();
		assertThat(ClauseScope.namesAny(this.places, "任何条款", List.of(Places.NATIONAL))).isTrue();
	}

	@Test
	void aPlaceTheClauseExceptsIsNotOneItSpeaksOf() {
		String clause = "各省（除江南省外）可免征三项社会保险单位缴费部分。";
		assertThat(ClauseScope.places(this.places, clause)).isEmpty();
		assertThat(ClauseScope.exceptedPlaces(this.places, clause)).containsExactly("江南省");
		assertThat(ClauseScope.exceptedPlaces(this.places, "各市（青山市除外）暂停现场办理。")).containsExactly("青山市");
		assertThat(ClauseScope.exceptedPlaces(this.places, "除青山市、江南省以外，其他地区恢复开放。")).containsExactlyInAnyOrder("青山市",
				"江南省");
		assertThat(ClauseScope.years("除2020年外，每年组织一次。")).isEmpty();
	}

	@Test
	void aPlaceNamedOutsideTheExceptionStillCounts() {
		String clause = "江南省各市（除青山市外）恢复开放，江南省统一部署。";
		assertThat(ClauseScope.places(this.places, clause)).containsExactly("江南省");
		assertThat(ClauseScope.exceptedPlaces(this.places, clause)).containsExactly("青山市");
		assertThat(ClauseScope.exceptedPlaces(this.places, "除青山市外，青山市所辖各县另行规定。")).isEmpty();
		assertThat(ClauseScope.exceptedPlaces(this.places, "《除江南省外各省的办法》照此执行。")).isEmpty();
		assertThat(ClauseScope.exceptedPlaces(this.places, "江南省，除此之外。")).isEmpty();
	}

	@Test
	void aDistrictsOrZonesPlanIsNoRuleOfTheListedCityItMentions() {
		String clause = "依托盐城市公共资源交易平台公开招标信息。";
		List<String> city = List.of("盐城市");
		assertThat(ClauseScope.speaksFor(this.places, clause, "钱塘工业园区", city)).isFalse();
		assertThat(ClauseScope.speaksFor(this.places, clause, "青山县", city)).isFalse();
		assertThat(ClauseScope.speaksFor(this.places, clause, "江南省", city)).isTrue();
		assertThat(ClauseScope.speaksFor(this.places, "江南省各地做好招标信息公开。", "江南省", city)).isFalse();
		assertThat(ClauseScope.isBelowCity("广西壮族自治区")).isFalse();
	}

	@Test
	void aDistrictTheDictionaryKnowsIsJudgedLikeAListedCity() {
		String clause = "劳动人事争议仲裁院应当配备专职仲裁员。";
		assertThat(ClauseScope.speaksFor(this.places, clause, "江南省", List.of("朝阳区"))).isFalse();
		assertThat(ClauseScope.speaksFor(this.places, "朝阳区劳动人事争议仲裁院设在区政府。", "江南省", List.of("朝阳区"))).isTrue();
		assertThat(ClauseScope.speaksFor(this.places, clause, "江南省", List.of("新区"))).isTrue();
	}

	@Test
	void placesThatAreNotListedAndDocumentsWithoutAPlaceAreNotJudged() {
		String clause = "各地做好招标信息公开。";
		assertThat(ClauseScope.speaksFor(this.places, clause, null, List.of("盐城市"))).isTrue();
		assertThat(ClauseScope.speaksFor(this.places, clause, "钱塘工业园区", List.of("期间市"))).isTrue();
		assertThat(ClauseScope.speaksFor(this.places, clause, "钱塘工业园区", List.of(Places.NATIONAL))).isTrue();
	}

	@Test
	void onlyAClauseNamingAnotherCountrySpeaksForIt() {
		List<String> country = List.of("法国");
		assertThat(ClauseScope.speaksFor(this.places, "劳动者每日工作时间不超过八小时。", "全国", country)).isFalse();
		assertThat(ClauseScope.speaksFor(this.places, "劳动者每日工作时间不超过八小时。", null, country)).isFalse();
		assertThat(ClauseScope.speaksFor(this.places, "与法国签订的协定另有规定的，从其规定。", "全国", country)).isTrue();
	}

}
