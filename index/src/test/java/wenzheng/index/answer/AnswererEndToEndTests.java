package wenzheng.index.answer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wenzheng.index.analysis.Synonyms;
import wenzheng.index.build.ClauseIndex;
import wenzheng.index.build.KnowledgeFingerprint;
import wenzheng.index.build.TextCorpus;
import wenzheng.index.question.Places;
import wenzheng.index.search.Retriever;
import wenzheng.knowledge.faq.FaqEntry;
import wenzheng.knowledge.faq.FaqStatus;
import wenzheng.knowledge.importer.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Answering end to end over a tiny corpus of two places: segment, index, retrieve,
 * decide, extract, cite.
 */
class AnswererEndToEndTests {

	@TempDir
	Path folder;

	private ClauseIndex index;

	private Answerer answerer;

	@BeforeEach
	void buildIndex() {
		List<SourceDocument> sources = new ArrayList<>();
		for (String id : List.of("qingshan", "lvshui")) {
			sources.add(new SourceDocument(id, id + ".txt", resource(id + ".txt").getBytes(StandardCharsets.UTF_8)));
		}
		TextCorpus corpus = TextCorpus.of(sources);
		this.index = new ClauseIndex(this.folder);
		corpus.indexInto(this.index);
		this.answerer = new Answerer(new Retriever(this.index), Places.of(corpus.jurisdictions()), Synonyms.bundled(),
				List.of(), AnswerSettings.DEFAULTS);
		assertThat(this.index.isCurrent(KnowledgeFingerprint.of(corpus.documents()))).isTrue();
	}

	@AfterEach
	void close() throws IOException {
		this.index.close();
	}

	@Test
	void answersADeadlineQuestionWithTheDeadlineFirstAndCitesTheSource() {
		Answer answer = this.answerer.answer("绿水区行政处罚信息多长时间内要公开？");
		assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
		assertThat(answer.text()).startsWith("时限要求：自作出决定之日起5个工作日内公开。");
		assertThat(answer.text()).contains("来源：《绿水区2024年政务公开重点任务清单》");
		assertThat(answer.sources()).singleElement()
			.satisfies(source -> assertThat(source.documentId()).isEqualTo("lvshui"));
	}

	@Test
	void answersAYesNoQuestionStatingATimeWithTheDeadlineFirst() {
		Answer answer = this.answerer.answer("绿水区的行政处罚信息，是不是到2024年底公开出来就算完成了？");
		assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
		assertThat(answer.text()).startsWith("时限要求：自作出决定之日起5个工作日内公开。");
	}

	@Test
	void answersAResponsibleUnitQuestionWithTheUnit() {
		Answer answer = this.answerer.answer("青山市政府网站栏目更新由哪个部门负责？");
		assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
		assertThat(answer.text()).startsWith("责任单位：市政数局负责。");
		assertThat(answer.text()).contains("不超过14天");
	}

	@Test
	void aTypoThatSoundsLikeAWordOfTheTextsIsReadAsThatWord() {
		ConceptReader reader = new ConceptReader(new Retriever(this.index), Synonyms.bundled());
		assertThat(reader.read(ConceptReader.Focus.of("政府网站兰目多久更新一次"), wenzheng.index.question.Intent.DEADLINE))
			.filteredOn(concept -> concept.word().equals("兰目"))
			.singleElement()
			.satisfies(concept -> assertThat(concept.forms()).contains("栏目"));
		Answer answer = this.answerer.answer("青山市政府网站兰目的更新周期是多长？");
		assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
		assertThat(answer.text()).contains("不超过14天");
	}

	@Test
	void aFigureTheCitizenStatesOfTheirOwnCaseWeighsAsLittleAsWhatTheySetAside() {
		Map<String, Double> shares = weightShares("拖到十二月才办培训还算按时吗", "十二月", "培训");
		assertThat(shares.get("十二月")).isCloseTo(0.3, within(1e-9));
		assertThat(shares.get("培训")).isCloseTo(1, within(1e-9));
	}

	@Test
	void anEverydayWordNoClauseUsesWeighsLittleUnlessItIsANounOrAVerb() {
		Map<String, Double> shares = weightShares("是不是跟别的一样，周六上班", "别的", "上班");
		assertThat(shares.get("别的")).isCloseTo(0.3, within(1e-9));
		assertThat(shares.get("上班")).as("a verb").isCloseTo(1, within(1e-9));
	}

	/**
	 * Each word's concept weight as a share of its rarity weight in the index.
	 */
	private Map<String, Double> weightShares(String question, String... words) {
		Retriever retriever = new Retriever(this.index);
		List<Concept> concepts = new ConceptReader(retriever, Synonyms.bundled()).read(ConceptReader.Focus.of(question),
				wenzheng.index.question.Intent.GENERAL);
		Map<String, Retriever.Rarity> rarities = retriever.rarities(List.of(words));
		Map<String, Double> shares = new HashMap<>();
		for (Concept concept : concepts) {
			if (rarities.containsKey(concept.word())) {
				shares.put(concept.word(), concept.weight() / rarities.get(concept.word()).weight());
			}
		}
		assertThat(shares).containsOnlyKeys(words);
		return shares;
	}

	@Test
	void whatTheCitizenSetsAsideDoesNotChooseThePassage() {
		Answer answer = this.answerer.answer("青山市解读政策除了发文字稿，还会用什么形式？");
		assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
		assertThat(answer.text()).startsWith("综合选用图示图解、短视频、专家访谈等形式解读政策。");
	}

	@Test
	void colloquialPlaceNamesFindTheirDocument() {
		Answer answer = this.answerer.answer("青山解读材料要在政策发布后几天内发出来？");
		assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
		assertThat(answer.text()).contains("3个工作日内");
	}

	@Test
	void asksWhichPlaceWhenTheAnswersDifferAndNoneIsNamed() {
		Answer answer = this.answerer.answer("各部门每年至少要举办几次政府开放日活动？");
		assertThat(answer.decision()).isEqualTo(Decision.CLARIFY);
		assertThat(answer.options()).containsExactlyInAnyOrder("青山市", "绿水区");
		Answer clarified = this.answerer.answer(this.answerer.read("各部门每年至少要举办几次政府开放日活动？").withPlace("绿水区"));
		assertThat(clarified.decision()).isEqualTo(Decision.ANSWER);
		assertThat(clarified.text()).contains("至少举办2次");
	}

	@Test
	void abstainsOnSubjectsTheDocumentsNeverMention() {
		Answer answer = this.answerer.answer("青山市公积金怎么提取？");
		assertThat(answer.decision()).isEqualTo(Decision.ABSTAIN);
		assertThat(answer.confidence()).isLessThan(AnswerSettings.DEFAULTS.threshold());
	}

	@Test
	void abstainsOnOtherPlacesAndYears() {
		assertThat(this.answerer.answer("红河州政府开放日每年办几次？").decision()).isEqualTo(Decision.ABSTAIN);
		Answer elsewhere = this.answerer.answer("深圳政府开放日每年办几次？");
		assertThat(elsewhere.decision()).isEqualTo(Decision.ABSTAIN);
		assertThat(elsewhere.reason()).contains("深圳");
		assertThat(this.answerer.answer("绿水区2021年行政处罚信息多久公开？").decision()).isEqualTo(Decision.ABSTAIN);
	}

	@Test
	void aNamedPlaceKeepsOtherPlacesClausesOut() {
		Answer answer = this.answerer.answer("绿水区各部门每年至少办几次政府开放日？");
		assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
		assertThat(answer.text()).contains("至少举办2次").doesNotContain("至少举办1次");
		assertThat(answer.sources()).extracting(Source::documentId).containsExactly("lvshui");
	}

	@Test
	void answersQuestionsAboutTheDocumentItself() {
		Answer answer = this.answerer.answer("青山市2024年政务公开工作要点的文号是什么？");
		assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
		assertThat(answer.text()).contains("青政办发〔2024〕3号");
	}

	@Test
	void mapsColloquialWordsThroughTheDictionary() {
		Answer answer = this.answerer.answer("青山市申请信息公开要交钱吗？");
		assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
		assertThat(answer.text()).contains("信息处理费");
	}

	@Test
	void abstainsOnALongStoryThatAsksNothingTheDocumentsSay() {
		Answer answer = this.answerer
			.answer("我家楼下的饭馆每天晚上十点以后还在营业，油烟和噪音特别大，孩子明年要中考，晚上根本睡不好觉，" + "找过物业好几次都说管不了，想问问青山市到底哪个部门能管管这个油烟噪音的问题？");
		assertThat(answer.decision()).isEqualTo(Decision.ABSTAIN);
	}

	@Test
	void answersFromThePublishedFaqFirst() {
		FaqEntry faq = new FaqEntry(7, "怎么申请政府信息公开？", List.of("政府信息公开申请在哪里提交"),
				"可登录青山市政府门户网站“依申请公开”栏目在线提交，也可到市政务服务中心窗口提交书面申请。", "青山市", FaqStatus.PUBLISHED);
		Answerer withFaq = new Answerer(new Retriever(this.index), this.answerer.places(), Synonyms.bundled(),
				List.of(faq), AnswerSettings.DEFAULTS);
		Answer answer = withFaq.answer("请问怎么申请政府信息公开？");
		assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
		assertThat(answer.text()).startsWith("可登录青山市政府门户网站").contains("来源：常见问题");
		assertThat(answer.sources()).extracting(Source::documentId).containsExactly("faq-7");
		assertThat(withFaq.answer("政府信息公开申请应该在哪里提交？").text()).startsWith("可登录青山市政府门户网站");
		assertThat(withFaq.answer("绿水区怎么申请政府信息公开？").text()).doesNotContain("青山市政府门户网站");
		assertThat(withFaq.answer("绿水区行政处罚信息多长时间内要公开？").text()).contains("5个工作日");
	}

	@Test
	void aQuestionForATelephoneNumberIsAnsweredFromTheClauseThatHasOne() throws IOException {
		String notice = """
				青山市关于举报违规收费行为的通告

				一、举报范围。凡发现违规收费、乱收费行为的，均可举报。
				二、举报方式。举报电话：0431-12345678，也可发送邮件至 shoufei@qingshan.gov.cn。
				三、奖励标准。举报经查证属实的，给予最先举报人500元奖励。
				""";
		TextCorpus corpus = TextCorpus
			.of(List.of(new SourceDocument("fees", "fees.txt", notice.getBytes(StandardCharsets.UTF_8))));
		try (ClauseIndex feesIndex = new ClauseIndex(this.folder.resolve("fees"))) {
			corpus.indexInto(feesIndex);
			Answerer fees = new Answerer(new Retriever(feesIndex), Places.of(corpus.jurisdictions()),
					Synonyms.bundled(), List.of(), AnswerSettings.DEFAULTS);
			assertThat(fees.answer("青山市如何电话举报违规收费行为？").text()).startsWith("举报电话：0431-12345678");
			assertThat(fees.answer("青山市举报违规收费发哪个邮箱？").text()).contains("shoufei@qingshan.gov.cn");
		}
	}

	@Test
	void treatsQuerySyntaxAsText() {
		for (String hostile : List.of("行政处罚 AND 公开*", "\"政府开放日\" OR (解读", "title:公开 ~2 ^3 \\", "*", "?", "()")) {
			Answer answer = this.answerer.answer(hostile);
			assertThat(answer.decision()).isNotNull();
		}
	}

	@Test
	void picksTheSentenceThatAnswersFromALongClause() {
		Answer answer = this.answerer.answer("青山市申请政府信息公开要收费吗？");
		assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
		assertThat(answer.text().substring(0, 80)).contains("信息处理费");
	}

	private static String resource(String name) {
		try (InputStream in = AnswererEndToEndTests.class.getResourceAsStream("/wenzheng/index/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
