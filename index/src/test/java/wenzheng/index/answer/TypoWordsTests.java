package wenzheng.index.answer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import wenzheng.index.answer.TypoWords.Word;

import static org.assertj.core.api.Assertions.assertThat;

class TypoWordsTests {

	/** The words of a small knowledge base and in how many clauses each stands. */
	private static final Map<String, Integer> KNOWN = Map.of("规划", 12, "复议", 5, "行政", 30, "规则", 2, "一致", 4, "交叉", 9);

	private final TypoWords typos = new TypoWords(word -> KNOWN.getOrDefault(word, 0));

	@Test
	void twoCharactersTheSegmenterCutApartAreReadAsTheKnownWordTheySoundLike() {
		assertThat(this.typos.read(List.of("市", "规", "化", "网上"), "市里的规化网上能看吗")).containsExactly(new Word("市", null),
				new Word("规化", "规划"), new Word("网上", null));
		assertThat(this.typos.read(List.of("行政", "复", "义"), "行政复义案件")).containsExactly(new Word("行政", null),
				new Word("复义", "复议"));
	}

	@Test
	void aWholeWordIsWhatTheCitizenMeantEvenWhenTheKnowledgeBaseLacksIt() {
		// "一直" sounds like the known "一致", but the segmenter knows it as a word.
		assertThat(this.typos.read(List.of("一直", "没", "回复"), "一直没回复")).extracting(Word::meant).containsOnlyNulls();
	}

	@Test
	void aWordOfTheLanguageTheSegmenterCutApartIsNoTypoOfAKnownWordSoundingLikeIt() {
		// "交差" (to report a task done) is a word of its own, though "交叉" is a word of the
		// base.
		assertThat(this.typos.read(List.of("交", "差"), "交差")).extracting(Word::meant).containsOnlyNulls();
	}

	@Test
	void charactersApartInTheTextOrWithoutAKnownWordSoundingAlikeStayAsTheyAre() {
		assertThat(this.typos.read(List.of("规", "化"), "规矩和化肥")).extracting(Word::meant).containsOnlyNulls();
		assertThat(this.typos.read(List.of("交", "钱"), "交钱")).extracting(Word::meant).containsOnlyNulls();
		assertThat(this.typos.read(List.of("行", "政"), "行政")).extracting(Word::meant).containsOnlyNulls();
	}

	@Test
	void theMostFrequentKnownWordWinsAndOnlyOneCharacterMayDiffer() {
		// 规划 (12 clauses) over 规则? 则 does not sound like 化; only 划 does.
		assertThat(this.typos.read(List.of("规", "话"), "规话")).containsExactly(new Word("规话", "规划"));
		assertThat(this.typos.read(List.of("鬼", "话"), "鬼话")).extracting(Word::meant).containsOnlyNulls();
	}

}
