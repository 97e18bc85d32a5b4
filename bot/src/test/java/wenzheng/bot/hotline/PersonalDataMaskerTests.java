package wenzheng.bot.hotline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data in the many ways citizens write it is masked before publication; dates,
 * amounts, document numbers and ticket numbers stay.
 */
class PersonalDataMaskerTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			我的手机13912345678请回电                  | 13912345678          | [电话已隐去]
			电话：139 1234 5678                        | 139 1234 5678        | [电话已隐去]
			电话139-1234-5678                          | 139-1234-5678        | [电话已隐去]
			联系+86 13912345678                        | 13912345678          | [电话已隐去]
			手机１３９１２３４５６７８                  | １３９１２３４５６７８ | [电话已隐去]
			座机0436-1234567                           | 0436-1234567         | [电话已隐去]
			座机(0436)1234567                          | 1234567              | [电话已隐去]
			座机（010）87654321转123                   | 87654321             | [电话已隐去]
			家里电话 84123456                          | 84123456             | [电话已隐去]
			身份证号110101199003071234                 | 110101199003071234   | [身份证号已隐去]
			身份证11010119900307123X                   | 11010119900307123X   | [身份证号已隐去]
			身份证 110101 1990 0307 123x               | 1990 0307            | [身份证号已隐去]
			卡号6222021234567890123                    | 6222021234567890123  | [卡号已隐去]
			卡号6222 0212 3456 7890                    | 6222 0212 3456 7890  | [卡号已隐去]
			邮箱zhang.san+1@mail.example.com           | zhang.san            | [邮箱已隐去]
			我叫李四，家住洮北区                       | 李四                 | [姓名已隐去]
			本人王小明今年六十岁                       | 王小明               | [姓名已隐去]
			我是赵敏，想咨询补贴                       | 赵敏                 | [姓名已隐去]
			联系人：欧阳娜娜，电话另告                 | 欧阳娜娜             | [姓名已隐去]
			请张先生回电                               | 张先生               | [姓名已隐去]
			国际号码008613912345678                    | 13912345678          | [电话已隐去]
			手机139.1234.5678                          | 1234.5678            | [电话已隐去]
			手机139—1234—5678                          | 1234—5678            | [电话已隐去]
			手机139_1234_5678                          | 1234_5678            | [电话已隐去]
			手机139/1234/5678                          | 1234/5678            | [电话已隐去]
			座机0431 8888 6666                         | 8888 6666            | [电话已隐去]
			邮箱li.si＠example.com                     | li.si                | [邮箱已隐去]
			身份证220102.19900101.234X                 | 234X                 | [身份证号已隐去]
			旧身份证220102900101234                    | 220102900101234      | [身份证号已隐去]
			""")
	void masksPersonalData(String text, String secret, String mask) {
		String masked = PersonalDataMasker.mask(text);
		assertThat(masked).doesNotContain(secret.strip()).contains(mask.strip());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023年12月31日前完成", "补贴标准为每人每月500元", "工单号RX-20261123-0007", "吉政办发〔2022〕12号", "7个工作日内公开",
			"拨打12345热线", "年内至少举办1次活动", "第3季度" })
	void leavesOrdinaryNumbersAlone(String text) {
		assertThat(PersonalDataMasker.mask(text)).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "没有个人信息的留言" })
	void textWithoutPersonalDataIsUnchanged(String text) {
		assertThat(PersonalDataMasker.mask(text)).isEqualTo(text);
	}

	@Test
	void aNameTheCitizenGaveIsMaskedWhereverItRecurs() {
		String question = "我叫张三，家住洮北区，请问补贴什么时候发？";
		String reply = "张三您好：补贴将于月底发放，张三可到社区领取。";
		assertThat(PersonalDataMasker.mask(reply, question)).doesNotContain("张三").startsWith("[姓名已隐去]您好");
		assertThat(PersonalDataMasker.mask("我是居民，想咨询补贴")).isEqualTo("我是居民，想咨询补贴");
	}

}
