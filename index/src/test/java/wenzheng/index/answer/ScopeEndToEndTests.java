package wenzheng.index.answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wenzheng.index.analysis.Synonyms;
import wenzheng.index.build.ClauseIndex;
import wenzheng.index.build.TextCorpus;
import wenzheng.index.question.Places;
import wenzheng.index.search.Retriever;
import wenzheng.knowledge.importer.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A place or year a question names must be the answering document's own: not a place that
 * only looks like it, not a title or a document number the clause cites.
 */
class ScopeEndToEndTests {

	private static final String ZONE = """
			钱塘工业园区2024年政务公开工作方案

			一、推进政务开放
			（一）园区各部门年内至少举办2次“政府开放日”活动，邀请企业走进园区。（党政办负责）
			（二）依托盐城市公共资源交易平台，公开园区工程项目招标投标信息。（建设局负责）
			二、做好政策解读
			（三）按照《关于印发〈2022年全市政策解读工作办法〉的通知》（钱政办发〔2022〕7号）要求，政策文件发布后5个工作日内发布解读材料。（党政办负责）
			（四）2025年6月底前完成基层政务公开专区建设，方便企业查阅。（党政办负责）
			三、依申请公开
			（五）严格执行《江南省政府信息公开申请办理规范》，答复书要素齐全，答复时限不超过15个工作日。（党政办负责）
			四、政务服务
			（六）依托杭州市政务服务平台，实现园区政务服务事项全程网上办理。（行政审批局负责）
			""";

	private static final String PROVINCE = """
			江南省2024年政务公开工作要点

			一、加强政策发布
			（一）省政府各部门要在政府网站集中公开现行有效的规范性文件，每年3月底前完成清理。
			（二）各地要加强政务新媒体管理，杜绝内容更新不及时的问题。
			""";

	private static final String NATIONAL = """
			国务院办公厅关于阶段性减免社会保险费的通知

			一、减免政策
			（一）自2024年2月起，各省（除江南省外）可免征中小微企业三项社会保险单位缴费部分，免征期限不超过5个月。
			""";

	@TempDir
	Path folder;

	private ClauseIndex index;

	private Answerer answerer;

	@BeforeEach
	void buildIndex() {
		TextCorpus corpus = TextCorpus
			.of(List.of(document("zone", ZONE), document("province", PROVINCE), document("national", NATIONAL)));
		this.index = new ClauseIndex(this.folder);
		corpus.indexInto(this.index);
		this.answerer = new Answerer(new Retriever(this.index), Places.of(corpus.jurisdictions()), Synonyms.bundled(),
				List.of(), AnswerSettings.DEFAULTS);
	}

	@AfterEach
	void close() throws IOException {
		this.index.close();
	}

	@Test
	void theCorpusHasItsPlaces() {
		assertThat(this.answerer.places().jurisdictions()).containsExactlyInAnyOrder("钱塘工业园区", "江南省", Places.NATIONAL);
	}

	@Test
	void aPlaceWrittenWithAWrongCharacterIsStillFound() {
		Answer answer = this.answerer.answer("钱糖工业园区各部门每年至少办几次政府开放日？");
		assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
		assertThat(answer.text()).contains("2次");
		Answer province = this.answerer.answer("江楠省规范性文件每年几月底前完成清理？");
		assertThat(province.decision()).isEqualTo(Decision.ANSWER);
		assertThat(province.text()).contains("3月底前");
	}

	@Test
	void aCityIsNotTheZoneInsideIt() {
		assertThat(this.answerer.answer("钱塘工业园区各部门每年至少办几次政府开放日？").decision()).isEqualTo(Decision.ANSWER);
		assertThat(this.answerer.answer("盐城市各部门每年至少办几次政府开放日？").decision()).isNotEqualTo(Decision.ANSWER);
	}

	@Test
	void aCoveredPlaceInTheStoryDoesNotAnswerForTheOtherPlaceAskedAbout() {
		assertThat(this.answerer.answer("我在长春市一个区里工作，同事说我们这边的开放日安排跟钱塘工业园区不一样。请问长春市各部门每年至少办几次政府开放日？").decision())
			.isEqualTo(Decision.ABSTAIN);
		assertThat(this.answerer.answer("我老家在长春市，现在到钱塘工业园区上班了，听说园区会办政府开放日。请问钱塘工业园区各部门每年至少办几次政府开放日？").decision())
			.isEqualTo(Decision.ANSWER);
	}

	@Test
	void aListedCityADocumentMentionsInPassingIsStillAnotherPlace() {
		assertThat(this.answerer.answer("钱塘工业园区政务服务事项网上办理依托什么平台？").text()).contains("杭州市政务服务平台");
		assertThat(this.answerer.answer("杭州市政务服务事项网上办理依托什么平台？").decision()).isEqualTo(Decision.ABSTAIN);
	}

	@Test
	void aProvinceIsNotTheCityOfTheSameName() {
		assertThat(this.answerer.answer("江南省规范性文件每年几月底前完成清理？").decision()).isEqualTo(Decision.ANSWER);
		assertThat(this.answerer.answer("江南市规范性文件每年几月底前完成清理？").decision()).isNotEqualTo(Decision.ANSWER);
	}

	@Test
	void aRuleThatExceptsThePlaceDoesNotAnswerForIt() {
		Answer anywhere = this.answerer.answer("中小微企业三项社会保险单位缴费部分免征期限最长几个月？");
		assertThat(anywhere.decision()).isEqualTo(Decision.ANSWER);
		assertThat(anywhere.text()).contains("5个月");
		assertThat(this.answerer.answer("江南省中小微企业三项社会保险单位缴费部分免征期限最长几个月？").decision()).isNotEqualTo(Decision.ANSWER);
	}

	@Test
	void aYearOnlyInACitedTitleIsNotTheClausesYear() {
		assertThat(this.answerer.answer("钱塘工业园区政策文件发布后几个工作日内发布解读材料？").decision()).isEqualTo(Decision.ANSWER);
		assertThat(this.answerer.answer("钱塘工业园区2022年政策文件发布后几个工作日内发布解读材料？").decision()).isNotEqualTo(Decision.ANSWER);
	}

	@Test
	void aDeadlineYearTheClauseSetsIsItsOwn() {
		Answer answer = this.answerer.answer("钱塘工业园区2025年6月底前要完成什么建设？");
		assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
		assertThat(answer.text()).contains("专区");
	}

	@Test
	void aPlaceOnlyInACitedTitleIsNotWhatTheClauseIsAbout() {
		assertThat(this.answerer.answer("钱塘工业园区依申请公开的答复时限不超过多少个工作日？").text()).contains("15个工作日");
		assertThat(this.answerer.answer("江南省依申请公开的答复时限不超过多少个工作日？").decision()).isNotEqualTo(Decision.ANSWER);
	}

	private static SourceDocument document(String id, String text) {
		return new SourceDocument(id, id + ".txt", text.getBytes(StandardCharsets.UTF_8));
	}

}
