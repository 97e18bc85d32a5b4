package wenzheng.knowledge.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataReaderTests {

	private final MetadataReader reader = new MetadataReader();

	@Test
	void readsANoticeHead() {
		String text = """
				某某市人民政府办公室
				关于印发《某某市2024年政务公开工作要点》的通知
				某政办发〔2024〕12号
				各县（市）区人民政府：
				现印发给你们，请认真遵照执行。
				2024年3月5日
				""";
		DocumentMetadata metadata = this.reader.read(text, "file");
		assertThat(metadata.title()).isEqualTo("某某市2024年政务公开工作要点");
		assertThat(metadata.issuer()).isEqualTo("某某市人民政府办公室");
		assertThat(metadata.documentNumber()).isEqualTo("某政办发〔2024〕12号");
		assertThat(metadata.writtenDate()).hasToString("2024-03-05");
		assertThat(metadata.year()).isEqualTo(2024);
		assertThat(metadata.jurisdiction()).isEqualTo("某某市");
	}

	@Test
	void takesTheMarkdownTitleOfARegulation() {
		DocumentMetadata metadata = this.reader.read("# 中华人民共和国政府信息公开条例\n\n第一条 为了…", "file");
		assertThat(metadata.title()).isEqualTo("中华人民共和国政府信息公开条例");
		assertThat(metadata.jurisdiction()).isEqualTo("全国");
	}

	@Test
	void fallsBackToTheFirstWordsOrTheFileName() {
		assertThat(this.reader.read("市商务局关于做好外资企业复工复产服务的通知 内容概述 各区商务主管部门：……", "x").title())
			.isEqualTo("市商务局关于做好外资企业复工复产服务的通知");
		assertThat(this.reader.read("。。。", "fallback-name").title()).isEqualTo("fallback-name");
	}

	@Test
	void yearOfATitleWithoutOneComesFromTheDatesOfTheText() {
		assertThat(this.reader.read("关于实行扫码通行的通告 一、自2019年2月14日起实行。 某某市指挥部 2019年2月13日", "x").year()).isEqualTo(2019);
		assertThat(this.reader.read("某地多措并举助企业复工 2018-02-21 07:39 来源：某某日报 记者2018年2月20日获悉……", "x").year())
			.isEqualTo(2018);
		assertThat(this.reader.read("某某市2024年工作要点 去年（2023年5月1日）起施行的办法……", "x").year()).isEqualTo(2024);
		assertThat(this.reader.read("关于做好复工的通知 各单位：请做好复工工作。", "x").year()).isNull();
	}

	@Test
	void placesOfTitles() {
		assertThat(MetadataReader.jurisdiction("吉林白城工业园区2021年政务公开重点工作任务分工方案")).isEqualTo("白城工业园区");
		assertThat(MetadataReader.jurisdiction("2023年洮北区政务公开重点工作任务清单")).isEqualTo("洮北区");
		assertThat(MetadataReader.jurisdiction("北京市关于进一步支持中小微企业的若干措施")).isEqualTo("北京市");
		assertThat(MetadataReader.jurisdiction("市建委2021年政务公开重点工作任务台账")).isEqualTo("市建委");
		assertThat(MetadataReader.jurisdiction("辽宁规模以上工业企业复工率接近六成")).isEqualTo("辽宁省");
		assertThat(MetadataReader.jurisdiction("广西壮族自治区新型冠状病毒感染的肺炎疫情防控工作领导小组指挥部令")).isEqualTo("广西自治区");
		assertThat(MetadataReader.jurisdiction("重庆省发布复工指南")).isEqualTo("重庆市");
		assertThat(MetadataReader.jurisdiction("江苏省南京市关于支持企业的措施")).isEqualTo("江苏省");
		assertThat(MetadataReader.jurisdiction("东营经济技术开发区多举措助企业复工")).isEqualTo("东营经济技术开发区");
		assertThat(MetadataReader.jurisdiction("中共平凉市委网信办发布举报方式")).isEqualTo("平凉市");
		assertThat(MetadataReader.jurisdiction("广州出台稳企业十五条")).isEqualTo("广州市");
		assertThat(MetadataReader.jurisdiction("怀柔区城市管理委员会通告")).isEqualTo("怀柔区");
		assertThat(MetadataReader.jurisdiction("工伤保险条例")).isEqualTo("全国");
		assertThat(MetadataReader.jurisdiction("上海市优化营商环境条例")).isEqualTo("上海市");
		assertThat(MetadataReader.jurisdiction("大连将分三个时段推进复工复产")).isEqualTo("大连市");
		assertThat(MetadataReader.jurisdiction("延边出台支持企业的十条措施")).isEqualTo("延边朝鲜族自治州");
		assertThat(MetadataReader.jurisdiction("日照时间变长后的用电安排")).isNull();
	}

	@Test
	void aCityByItsShortNameBehindItsProvinceIsTheTitlesPlace() {
		assertThat(MetadataReader.jurisdiction("湖北黄冈：重症患者一人一诊疗方案")).isEqualTo("黄冈市");
		assertThat(MetadataReader.jurisdiction("安徽阜阳开出首趟复工人员定制专列")).isEqualTo("阜阳市");
		assertThat(MetadataReader.jurisdiction("湖北将再建一所应急后备医院")).isEqualTo("湖北省");
		assertThat(MetadataReader.jurisdiction("山东省青岛前湾保税港区条例")).isEqualTo("山东省");
	}

	@Test
	void aLocalOfficeOfANationalAdministrationIsOfItsPlace() {
		assertThat(MetadataReader.jurisdiction("国家税务总局福建省税务局关于充分发挥税收职能作用的通知")).isEqualTo("福建省");
		assertThat(MetadataReader.jurisdiction("国家税务总局深圳市税务局关于延长纳税申报期限的通告")).isEqualTo("深圳市");
		assertThat(MetadataReader.jurisdiction("国家税务总局关于优化纳税缴费服务的通知")).isEqualTo("全国");
		assertThat(MetadataReader.jurisdiction("国家税务总局发布《税收优惠政策指引》")).isEqualTo("全国");
	}

	@Test
	void judicialInterpretationsHoldNationwide() {
		assertThat(MetadataReader.jurisdiction("最高人民法院关于审理劳动争议案件适用法律问题的解释（一）")).isEqualTo("全国");
		assertThat(MetadataReader.jurisdiction("最高人民检察院关于适用刑法分则规定的犯罪的罪名的意见")).isEqualTo("全国");
		assertThat(MetadataReader.jurisdiction("人民法院在线诉讼规则")).isEqualTo("全国");
		assertThat(MetadataReader.jurisdiction("关于审理非法行医刑事案件具体应用法律若干问题的解释")).isEqualTo("全国");
		assertThat(MetadataReader.jurisdiction("北京市高级人民法院关于审理劳动争议案件的解答")).isEqualTo("北京市");
	}

	@Test
	void wordsThatOnlyEndLikeAPlaceNameNoPlace() {
		assertThat(MetadataReader.jurisdiction("强化市场监管保障物资供应")).isNull();
		assertThat(MetadataReader.jurisdiction("恢复我市公共交通运营的通告")).isNull();
		assertThat(MetadataReader.jurisdiction("致驻滨海新区各金融机构的公开信")).isNull();
		assertThat(MetadataReader.jurisdiction("多措并举")).isNull();
		assertThat(MetadataReader.jurisdiction("30个省份恢复省际客运")).isNull();
	}

	@Test
	void anEverydayWordWithASuffixStartingANationalActIsNoPlace() {
		assertThat(MetadataReader.jurisdiction("行政区划管理条例")).isEqualTo("全国");
		assertThat(MetadataReader.jurisdiction("保税区海关监管办法")).isEqualTo("全国");
		assertThat(MetadataReader.jurisdiction("城市市容和环境卫生管理条例")).isEqualTo("全国");
		assertThat(MetadataReader.jurisdiction("北京经济技术开发区条例")).isEqualTo("北京市");
	}

	@Test
	void placesTheDictionaryDoesNotKnowOrKnowsAsPlacesStayPlaces() {
		assertThat(MetadataReader.jurisdiction("长白县城乡规划条例")).isEqualTo("长白县");
		assertThat(MetadataReader.jurisdiction("南关区物业管理办法")).isEqualTo("南关区");
		assertThat(MetadataReader.jurisdiction("朝阳区2022年政务公开工作要点")).isEqualTo("朝阳区");
		assertThat(MetadataReader.jurisdiction("湛江市文明行为促进条例")).isEqualTo("湛江市");
	}

	@Test
	void aCityIsOnePlaceWhicheverWayATitleNamesIt() {
		assertThat(MetadataReader.jurisdiction("杭州市民用建筑节能条例")).isEqualTo("杭州市");
		assertThat(MetadataReader.jurisdiction("杭州西湖文化景观保护管理条例")).isEqualTo("杭州市");
		assertThat(MetadataReader.jurisdiction("杭州市优化营商环境条例")).isEqualTo("杭州市");
	}

}
