package wenzheng.knowledge.document;

import java.util.List;

/**
 * The provincial-level divisions of China by the short names texts use for them ("辽宁",
 * "内蒙古"): a title or a question often names a province without its suffix, or in front of
 * the city it locates ("吉林白城…", "重庆垫江县").
 */
public final class Provinces {

	private static final List<String> SHORT_NAMES = List.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏",
			"浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
			"广西", "西藏", "宁夏", "新疆", "香港", "澳门");

	private Provinces() {
	}

	public static List<String> shortNames() {
		return SHORT_NAMES;
	}

	/**
	 * The short name of the province a text starts with, or {@code null}.
	 */
	public static String startOf(String text) {
		return SHORT_NAMES.stream().filter(text::startsWith).findFirst().orElse(null);
	}

	/**
	 * The official name of a province given by its short name ("重庆" is "重庆市").
	 */
	public static String fullName(String shortName) {
		return shortName + switch (shortName) {
			case "北京", "天津", "上海", "重庆" -> "市";
			case "内蒙古", "广西", "西藏", "宁夏", "新疆" -> "自治区";
			case "香港", "澳门" -> "特别行政区";
			default -> "省";
		};
	}

}
