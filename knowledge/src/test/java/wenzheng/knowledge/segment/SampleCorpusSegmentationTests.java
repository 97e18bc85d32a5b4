package wenzheng.knowledge.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import wenzheng.knowledge.clause.Clause;
import wenzheng.knowledge.document.DocumentMetadata;
import wenzheng.knowledge.document.MetadataReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Segmentation of each bundled sample document: PDF/Word table text with broken cells and
 * repeated headers, and prose with numbered items.
 */
class SampleCorpusSegmentationTests {

	private final Segmenter segmenter = new Segmenter();

	private final MetadataReader metadataReader = new MetadataReader();

	@Test
	void cityCommitteeTaskLedgerKeepsItsResponsibleAndDeadlineColumns() {
		List<Clause> clauses = segment("000_0ed192ee4352e486");
		assertThat(clauses).hasSize(26);
		Clause third = find(clauses, "3、");
		assertThat(third.text()).startsWith("规范政府信息公开管理").contains("要在2021年底前系统清理本机关现行有效规章");
		assertThat(third.columns().responsible()).isEqualTo("办公室、法规处");
		assertThat(third.columns().deadline()).isEqualTo("2021年12月底前");
		Clause first = find(clauses, "1、");
		assertThat(first.columns().responsible()).isEqualTo("办公室、法规处、工程技术处、具有审批职能处室");
		assertThat(first.columns().deadline()).isEqualTo("长期常态化");
		assertThat(clauses).noneMatch(clause -> clause.text().contains("序号") || clause.text().contains("责任分工"));
	}

	@Test
	void industrialParkPlanReadsBracketedResponsibleUnits() {
		List<Clause> clauses = segment("001_d95fd244d5190ee7");
		assertThat(clauses).hasSize(22);
		Clause ecology = find(clauses, "8、");
		assertThat(ecology.headingPath()).containsExactly("吉林白城工业园区2021年政务公开重点工作任务分工方案", "三、重点任务分工", "（三）进一步深化重点领域信息公开",
				"8、深化生态环境领域信息公开");
		assertThat(ecology.columns().responsible()).isEqualTo("环保分局牵头落实");
		assertThat(ecology.columns().deadline()).isNull();
	}

	@Test
	void districtTaskListPutsEachRowUnderItsSectionWithBothColumns() {
		List<Clause> clauses = segment("002_4d910b6718b1a0c9");
		assertThat(clauses).hasSize(48);
		Clause first = clauses.get(0);
		assertThat(first.number()).isEqualTo("1");
		assertThat(first.text()).startsWith("机构职能：公开本行政机关及直属单位机构设置");
		assertThat(first.columns().responsible()).isEqualTo("各部门严格落实");
		assertThat(first.columns().deadline()).isEqualTo("信息形成或者变更之日起20个工作日内及时公开");
		Clause penalties = find(clauses, "7");
		assertThat(penalties.text()).startsWith("处罚强制：");
		assertThat(penalties.columns().responsible()).isEqualTo("区政务局牵头，各相关部门按照职能分别落实");
		assertThat(penalties.columns().deadline()).isEqualTo("行政许可和行政处罚等信息自作出行政决定之日起7个工作日内通过规定渠道上网公开");
		assertThat(penalties.headingPath().get(2)).startsWith("（一）强化法定基");
		// "牵头" broken over two cells ("…农业农村局牵" / "头，…") stays in the responsible column.
		Clause subsidies = find(clauses, "16");
		assertThat(subsidies.text()).doesNotContain("农业农村局");
		assertThat(subsidies.columns().responsible()).startsWith("区财政局、区农业农村局牵头");
		// "落实" and "工作日" wrapped across cells ("…分别落" / "实", "…3个工" / "作日内…").
		assertThat(find(clauses, "3").columns().responsible()).endsWith("按照职能分别落实");
		assertThat(find(clauses, "3").columns().deadline()).startsWith("信息形成或者变更之日起");
		assertThat(find(clauses, "28").columns().deadline()).isEqualTo("解读文件需在政策文件发布3个工作日内完成发布");
	}

	@Test
	void cityTaskListGivesSubItemsTheColumnsOfTheirRow() {
		List<Clause> clauses = segment("003_88758aec5604fa59");
		assertThat(clauses).hasSize(177);
		Clause row = clauses.get(0);
		assertThat(row.number()).isEqualTo("1.");
		assertThat(row.text()).contains("“三统一”制度");
		assertThat(row.columns().responsible()).startsWith("牵头部门：市政府办公室、市司法局");
		assertThat(row.columns().deadline()).isEqualTo("贯穿全年");
		assertThat(row.columns().deliverable()).startsWith("在政府门户网站“政府信息公开”专栏中主题呈现");
		Clause subItem = clauses.get(1);
		assertThat(subItem.number()).isEqualTo("（1）");
		assertThat(subItem.headingPath()).hasSize(5);
		assertThat(subItem.columns()).isEqualTo(row.columns());
	}

	@Test
	void provincialWorkPointsAreProseItemsUnderTheirSections() {
		List<Clause> clauses = segment("004_227a2e0c16a2388f");
		assertThat(clauses).hasSize(27);
		Clause first = find(clauses, "（一）");
		assertThat(first.headingPath()).containsExactly("2022年吉林省政务公开工作要点", "一、进一步做好政务公开基础工作", "（一）规范开展政府信息公开");
		assertThat(first.text()).startsWith("规范开展政府信息公开。准确把握不同类型公开要求");
		assertThat(first.columns().isEmpty()).isTrue();
	}

	@Test
	void readsTheMetadataOfEachSampleDocument() {
		assertThat(metadata("000_0ed192ee4352e486"))
			.extracting(DocumentMetadata::title, DocumentMetadata::jurisdiction, DocumentMetadata::year)
			.containsExactly("市建委2021年政务公开重点工作任务台账", "市建委", 2021);
		assertThat(metadata("001_d95fd244d5190ee7").jurisdiction()).isEqualTo("白城工业园区");
		assertThat(metadata("002_4d910b6718b1a0c9").jurisdiction()).isEqualTo("洮北区");
		assertThat(metadata("003_88758aec5604fa59").jurisdiction()).isEqualTo("四平市");
		DocumentMetadata province = metadata("004_227a2e0c16a2388f");
		assertThat(province.title()).isEqualTo("2022年吉林省政务公开工作要点");
		assertThat(province.jurisdiction()).isEqualTo("吉林省");
		assertThat(province.documentNumber()).isEqualTo("吉政公组〔2022〕4号");
		assertThat(province.issuer()).isEqualTo("吉林省政务公开（政府信息公开）领导小组");
		assertThat(province.writtenDate()).hasToString("2022-07-29");
	}

	private List<Clause> segment(String id) {
		String text = sample(id);
		return this.segmenter.segment(id, this.metadataReader.read(text, id).title(), text);
	}

	private DocumentMetadata metadata(String id) {
		return this.metadataReader.read(sample(id), id);
	}

	private static Clause find(List<Clause> clauses, String number) {
		return clauses.stream()
			.filter(clause -> clause.number().equals(number))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no clause numbered " + number));
	}

	static String sample(String id) {
		try (InputStream in = SampleCorpusSegmentationTests.class
			.getResourceAsStream("/wenzheng/knowledge/sample/" + id + ".txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
