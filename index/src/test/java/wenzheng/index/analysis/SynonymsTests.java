package wenzheng.index.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SynonymsTests {

	@Test
	void mapsCitizenWordsToOfficialOnesLongestFirst() {
		Synonyms synonyms = Synonyms.parse(List.of("# comment", "", "钱,花钱 => 经费,资金", "花钱买 => 购买", "老人 => 适老化"));
		List<Synonyms.Match> matches = synonyms.find("公报要花钱买吗？老人能看吗");
		assertThat(matches).extracting(Synonyms.Match::word).containsExactly("花钱买", "老人");
		assertThat(matches.get(0).officials()).containsExactly("购买");
		assertThat(synonyms.find("要交钱吗").get(0).officials()).containsExactlyInAnyOrder("经费", "资金");
	}

	@Test
	void mergesEntriesOfTheSameWord() {
		Synonyms synonyms = Synonyms.parse(List.of("网上 => 网站", "网上 => 互联网"));
		assertThat(synonyms.find("网上").get(0).officials()).containsExactlyInAnyOrder("网站", "互联网");
		assertThat(synonyms.size()).isEqualTo(1);
	}

	@Test
	void takesAnOfficialWordHoldingTheCitizenWordWhole() {
		Synonyms synonyms = Synonyms.parse(List.of("留言 => 留言,网民留言", "开放日 => 政府开放日"));
		List<Synonyms.Match> matches = synonyms.find("网民留言怎么答复？政府开放日办几次？留言多久回复？");
		assertThat(matches).extracting(Synonyms.Match::word).containsExactly("网民留言", "政府开放日", "留言");
		assertThat(matches.get(0).officials()).containsExactlyInAnyOrder("留言", "网民留言");
		assertThat(matches.get(1).officials()).containsExactlyInAnyOrder("开放日", "政府开放日");
		assertThat(synonyms.size()).as("citizen words").isEqualTo(2);
	}

	@Test
	void rejectsMalformedLinesWithAClearMessage() {
		assertThatThrownBy(() -> Synonyms.parse(List.of("钱 经费"))).hasMessageContaining("缺少 =>");
		assertThatThrownBy(() -> Synonyms.parse(List.of(" => 经费"))).hasMessageContaining("不能为空");
	}

	@Test
	void theBundledDictionaryLoads() {
		assertThat(Synonyms.bundled().size()).isGreaterThan(50);
		assertThat(Synonyms.bundled().find("老年人用着方便吗")).isNotEmpty();
	}

	@Test
	void theBundledDictionaryNamesWhatLawsCallByEverydayWords() {
		Synonyms bundled = Synonyms.bundled();
		assertThat(bundled.find("房东要收回房子").get(0).officials()).contains("出租人");
		assertThat(bundled.find("我想辞职").get(0).officials()).contains("解除劳动合同");
		assertThat(bundled.find("社保断缴了")).extracting(Synonyms.Match::word).containsExactly("社保", "断缴");
	}

}
