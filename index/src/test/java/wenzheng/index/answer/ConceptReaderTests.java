package wenzheng.index.answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import wenzheng.index.analysis.Synonyms;
import wenzheng.index.build.ClauseIndex;
import wenzheng.index.build.TextCorpus;
import wenzheng.index.question.Intent;
import wenzheng.index.search.Retriever;
import wenzheng.knowledge.importer.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What of a question is searched as its subject and what only as context.
 */
class ConceptReaderTests {

	@TempDir
	Path folder;

	@Test
	void aWordNoClauseHoldsIsFoundThroughItsGeneralSynonymsTheClausesHold() throws IOException {
		List<Concept> concepts = read(
				"关于女职工劳动保护的规定\n\n一、女职工在哺乳期内，用人单位应当安排哺乳时间。\n二、发布信息应当准确，可以附图。\n三、饮酒后不得驾驶机动车。\n四、对群众留言要及时回复。\n",
				"以哪个消息为准？有利害关系吗？单位给不给喂奶的时间？喝酒以后能开车吗？网上流言多久回复？");
		assertThat(formsOf(concepts, "消息")).contains("消息", "信息");
		assertThat(formsOf(concepts, "喝酒")).contains("喝酒", "饮酒");
		assertThat(formsOf(concepts, "利害")).as("a noun's synonym is a noun: not \"可以\"").containsExactly("利害");
		assertThat(formsOf(concepts, "喂奶")).as("a verb takes only the synonyms sharing a character with it")
			.containsExactly("喂奶");
		assertThat(formsOf(concepts, "流言"))
			.as("a noun with no synonym the clauses hold takes the word of the base it sounds like")
			.contains("流言", "留言");
	}

	@Test
	void aWordOfMindNoClauseHoldsIsTheCitizensWording() throws IOException {
		Map<String, Double> weights = read("关于培训的通知\n\n一、每年组织培训不少于1次。\n二、培训要以会代训。\n", "我担心培训不够，上班时间能培训吗？").stream()
			.collect(Collectors.toMap(Concept::word, Concept::weight));
		assertThat(weights.get("担心")).as("a state of mind frames the question").isLessThan(weights.get("上班") / 2);
	}

	@Test
	void anEverydayWordForAGovernmentIsFoundByItsLevel() throws IOException {
		List<Concept> concepts = read("关于考核的通知\n\n一、省考核结果要及时通报各市。\n二、超市要明码标价。\n", "省里的考核结果市里怎么处理？超市里要标价吗？");
		assertThat(formsOf(concepts, "省里")).containsExactlyInAnyOrder("省里", "省");
		assertThat(formsOf(concepts, "市里")).containsExactlyInAnyOrder("市里", "市");
		assertThat(concepts).as("\"超市里\" is a shop, not the city's government")
			.noneMatch(concept -> concept.forms().contains("市") && !concept.word().equals("市里"));
	}

	@Test
	void aLimitAskedIsFoundByTheBoundARuleStates() throws IOException {
		List<Concept> concepts = read("关于房屋租赁的规定\n\n一、租赁期限不得超过二十年。\n二、租赁合同应当采用书面形式。\n", "租房合同最长能签多少年？");
		assertThat(formsOf(concepts, "最长")).contains("不得超过");
		assertThat(concepts).as("\"最长\" is the limit asked, not the word \"长\"")
			.noneMatch(concept -> concept.word().equals("长"));
	}

	@Test
	void aFocusThatOnlyPointsBackTakesTheStorysWordsAtAFractionOfTheirWeight() throws IOException {
		// Among a few hundred clauses, as in a real base, a word weighs what it would
		// there.
		StringBuilder document = new StringBuilder("关于政务公开的规定\n\n第一条 下级单位不得与上级单位委托的第三方评估机构开展培训、咨询等业务合作。\n");
		for (int i = 2; i <= 300; i++) {
			document.append("第").append(i).append("条 各单位要做好第").append(i).append("项日常工作。\n");
		}
		String story = "有家公司说他们是省里委托的评估机构，想给我们做培训和咨询。我们能跟他们合作吗？";
		try (ClauseIndex index = new ClauseIndex(this.folder)) {
			TextCorpus
				.of(List.of(new SourceDocument("doc", "doc.txt", document.toString().getBytes(StandardCharsets.UTF_8))))
				.indexInto(index);
			ConceptReader reader = new ConceptReader(new Retriever(index), Synonyms.parse(List.of()));
			List<Concept> focus = reader.read(ConceptReader.Focus.of("我们能跟他们合作吗？"), Intent.YES_NO);
			Map<String, Double> weights = reader.withStory(focus, story, Intent.YES_NO)
				.stream()
				.collect(Collectors.toMap(Concept::word, Concept::weight));
			double asked = weights.get("合作");
			assertThat(weights).containsKeys("委托", "评估", "机构", "培训");
			assertThat(weights.get("评估")).as("the story's words count for less than the focus's").isLessThan(asked / 2);
			double told = weights.entrySet()
				.stream()
				.filter(entry -> !entry.getKey().equals("合作"))
				.mapToDouble(Map.Entry::getValue)
				.sum();
			assertThat(told).as("and together for no more than the focus").isLessThanOrEqualTo(asked);

			List<Concept> saysEnough = reader.read(ConceptReader.Focus.of("下级单位能跟上级单位委托的第三方评估机构开展培训合作吗？"),
					Intent.YES_NO);
			assertThat(reader.withStory(saysEnough, story, Intent.YES_NO)).as("a focus that says enough stands alone")
				.isEqualTo(saysEnough);
		}
	}

	/** The concepts of a question asked of a base holding one document. */
	private List<Concept> read(String document, String question) throws IOException {
		try (ClauseIndex index = new ClauseIndex(this.folder)) {
			TextCorpus.of(List.of(new SourceDocument("doc", "doc.txt", document.getBytes(StandardCharsets.UTF_8))))
				.indexInto(index);
			return new ConceptReader(new Retriever(index), Synonyms.parse(List.of()))
				.read(ConceptReader.Focus.of(question), Intent.GENERAL);
		}
	}

	private static Set<String> formsOf(List<Concept> concepts, String word) {
		return concepts.stream().filter(concept -> concept.word().equals(word)).findFirst().orElseThrow().forms();
	}

	@Test
	void aFigureOfTheCitizensOwnCaseIsContextNotSubject() {
		String question = "骑电动车带5岁的孩子，可以吗？";
		assertThat(ConceptReader.Focus.of(question).asked()).doesNotContain("5岁").contains("电动车", "孩子");
		assertThat(ConceptReader.Focus.of(question).setAside()).isEqualTo("5岁 ");
	}

	@Test
	void whatTheCitizenSetsAsideIsContextNotSubject() {
		String question = "除了发文字稿，工作满十二年还会用什么形式？";
		assertThat(ConceptReader.Focus.of(question).asked()).doesNotContain("文字稿", "十二年").contains("形式");
		assertThat(ConceptReader.Focus.of(question).setAside()).isEqualTo("除了发文字稿 十二年 ");
	}

	@Test
	void aQuestionWithoutEitherIsAllSubject() {
		assertThat(ConceptReader.Focus.of("行政处罚信息多久公开？").asked()).isEqualTo("行政处罚信息多久公开？");
		assertThat(ConceptReader.Focus.of("行政处罚信息多久公开？").setAside()).isEmpty();
	}

	@Test
	void aWordStandingOnlyInAPartSetAsideIsSetAside() {
		ConceptReader.Focus focus = ConceptReader.Focus.of("除了发文字稿，还会用什么形式发文字？");
		assertThat(focus.setsAside("文字稿")).isTrue();
		assertThat(focus.setsAside("文字")).as("it stands in the asked part too").isFalse();
		assertThat(focus.setsAside("形式")).isFalse();
	}

}
