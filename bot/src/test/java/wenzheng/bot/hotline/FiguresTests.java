package wenzheng.bot.hotline;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures' CSV: readable by spreadsheet programs, one row per department and the
 * overall row last, empty cells where nothing was counted, and no formula smuggled in
 * through a department's name.
 */
class FiguresTests {

	@Test
	void writesOneRowPerDepartmentAndTheOverallRowLast() {
		Figures figures = new Figures(30,
				List.of(new Figures.Row("城管局", 4, 0.5, 0.75, 3, 2.0 / 3, 1, 1.25),
						new Figures.Row("=HYPERLINK(\"x\")", 0, null, null, 0, null, 0, null)),
				new Figures.Row("全部", 4, 0.5, 0.75, 3, 2.0 / 3, 1, 1.25));
		assertThat(figures.csv())
			.isEqualTo("\uFEFF部门,工单数,响应率,解决率,评价数,满意率,超期数,平均答复工作日\n" + "\"城管局\",4,50.0%,75.0%,3,66.7%,1,1.3\n"
					+ "\"'=HYPERLINK(\"\"x\"\")\",0,,,0,,0,\n" + "\"全部\",4,50.0%,75.0%,3,66.7%,1,1.3\n");
	}

}
